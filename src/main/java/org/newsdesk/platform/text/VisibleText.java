package org.newsdesk.platform.text;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;

/**
 * Text with at least one character a reader can see. @NotBlank stops at whitespace; this also sees through
 * no-break spaces, zero-width and other format characters, lone combining marks and the blank letters
 * (Hangul fillers, the blank Braille pattern). Null and whitespace-only text are left to @NotBlank.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = VisibleText.Check.class)
public @interface VisibleText {

    String message() default "must have a visible character";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<VisibleText, String> {

        /** Letters and symbols by category that render as nothing. */
        private static final Set<Integer> BLANK_LETTERS = Set.of(0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800);

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || value.codePoints().anyMatch(Check::isVisible);
        }

        static boolean isVisible(int codePoint) {
            return switch (Character.getType(codePoint)) {
                case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                        Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.UNASSIGNED,
                        Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> false;
                default -> !Character.isWhitespace(codePoint) && !BLANK_LETTERS.contains(codePoint);
            };
        }
    }
}
