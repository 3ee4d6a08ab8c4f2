package org.newsdesk.platform.text;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * An absolute http(s) URL with a host and, if one is given, a port from 1 to 65535, as RFC 3986 parses it
 * (java.net.URL, behind @URL, takes "http:///a.jpg" and "http://example.org:99999/"). Host names are ASCII:
 * international ones in their xn-- form. Other schemes, null and empty are left to the other rules.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = HttpUrl.Check.class)
public @interface HttpUrl {

    String message() default "must be an absolute http or https URL with a host and a valid port";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<HttpUrl, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isEmpty() || !value.toLowerCase(Locale.ROOT).matches("https?:.*")) {
                return true;
            }
            try {
                URI uri = new URI(value);
                return uri.getHost() != null && !uri.getHost().isEmpty()
                        && (uri.getPort() == -1 || uri.getPort() >= 1 && uri.getPort() <= 65_535);
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }
}
