package org.newsdesk.news;

/** Slugs of sample items that tests refer to. */
public final class SampleSlugs {

    public static final String NEWEST = "expand-social-protection-coverage-to-limit-the-effects-of-the-pandemic-say-trade-unions";
    public static final String OLDEST = "indonesia-to-prepare-integrated-public-employment-service-to-assist-unemployed-finds-new-job";
    public static final String THAILAND_PENSIONS = "reform-needed-for-thailands-pension-system-not-new-schemes";
    public static final String PORTUGAL = "ilo-and-portugal-sign-cooperation-agreement-on-social-protection";
    public static final String ASIA_PACIFIC_REPORT = "1-6-billion-across-asia-and-the-pacific-lack-access-to-social-health-protection";
    public static final String DOMESTIC_WORKERS = "only-six-per-cent-of-domestic-workers-have-comprehensive-social-protection-says-ilo";

    private SampleSlugs() {
    }
}
