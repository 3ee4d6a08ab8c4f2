package org.newsdesk.news;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link NewsStatus} by its wire name, which the schema's CHECK constraint lists. */
@Converter(autoApply = true)
public class NewsStatusConverter implements AttributeConverter<NewsStatus, String> {

    @Override
    public String convertToDatabaseColumn(NewsStatus status) {
        return status == null ? null : status.value();
    }

    @Override
    public NewsStatus convertToEntityAttribute(String value) {
        return value == null ? null : NewsStatus.fromValue(value)
                .orElseThrow(() -> new IllegalStateException("Unknown news status in database: " + value));
    }
}
