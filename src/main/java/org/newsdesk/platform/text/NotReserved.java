package org.newsdesk.platform.text;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A slug that no fixed route owns ({@link Slugs#RESERVED}); null is left to other rules. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NotReserved.Check.class)
public @interface NotReserved {

    String message() default "is reserved: a fixed route owns it (reserved: " + Slugs.RESERVED_LIST + ")";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<NotReserved, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || !Slugs.RESERVED.contains(value);
        }
    }
}
