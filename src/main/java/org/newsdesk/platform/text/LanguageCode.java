package org.newsdesk.platform.text;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Set;

/**
 * A language as BCP 47's primary tag: an ISO 639-1 code such as {@code fr}, in any case. The codes are the JDK's
 * ({@link Locale#getISOLanguages()}), a maintained list, not one of ours. Null is left to other rules.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = LanguageCode.Check.class)
public @interface LanguageCode {

    /** The pattern the schema states; the list of codes narrows it further. */
    String PATTERN = "^[A-Za-z]{2}$";

    String message() default "must be an ISO 639-1 language code such as en, fr or es (the primary tag alone, "
            + "without a region)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<LanguageCode, String> {

        private static final Set<String> CODES = Set.of(Locale.getISOLanguages());

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isLanguageCode(value);
        }

        /** Whether {@code value} is an ISO 639-1 code, in any case. */
        public static boolean isLanguageCode(String value) {
            return value.length() == 2 && CODES.contains(value.toLowerCase(Locale.ROOT));
        }
    }
}
