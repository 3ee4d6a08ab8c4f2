package org.newsdesk.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.platform.config.OptionalPrerequisite;

/** A browser test: skipped where Debian's Chromium and ChromeDriver are not installed (required in CI). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(NeedsChromium.Condition.class)
public @interface NeedsChromium {

    final class Condition extends OptionalPrerequisite {

        @Override
        protected boolean present() {
            return Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.CHROMEDRIVER);
        }

        @Override
        protected String howToGet() {
            return Browser.CHROMIUM + " and " + Browser.CHROMEDRIVER + ": apt-get install chromium chromium-driver";
        }
    }
}
