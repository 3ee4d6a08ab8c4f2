package org.newsdesk.news;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link NewsType} by its wire name ("press-release"), which the schema's CHECK constraint lists. */
@Converter(autoApply = true)
public class NewsTypeConverter implements AttributeConverter<NewsType, String> {

    @Override
    public String convertToDatabaseColumn(NewsType type) {
        return type == null ? null : type.value();
    }

    @Override
    public NewsType convertToEntityAttribute(String value) {
        return value == null ? null : NewsType.fromValue(value)
                .orElseThrow(() -> new IllegalStateException("Unknown news type in database: " + value));
    }
}
