package org.newsdesk.sample;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sample page is loaded with its text as printed, its tagging, and only once. */
@QuarkusTest
class SampleContentIT {

    @Inject
    SampleContentLoader loader;

    @Test
    void readsTwentyItemsWithTheirTagging() {
        List<SampleItem> items = SampleContentReader.read();
        assertEquals(20, items.size());
        SampleItem first = items.get(0);
        assertEquals("Expand social protection coverage to limit the effects of the pandemic, say trade unions",
                first.title());
        assertEquals(LocalDate.of(2022, 7, 5), first.publishedOn());
        assertNull(first.imageCredit());
        assertEquals(List.of("global"), first.regionSlugs());
        SampleItem domestic = items.get(2);
        assertEquals("Only six per cent of domestic workers have comprehensive social protection, says ILO",
                domestic.title());
        assertEquals("© Kate Holt / Solidarity Center 2022", domestic.imageCredit());
        assertEquals("Domestic workers make an important contribution to society, providing vital care for families "
                + "and households, but they remain undervalued.", domestic.summary());
    }

    @Test
    void keepsTheTextAsPrinted() {
        given().get("/api/v1/news/joint-un-uzbekistan-achievements-in-strengthening-the-social-protection-system-discussed")
                .then().statusCode(200)
                .body("title", is("Joint UN-Uzbekistan Achievements in Strengthening the Social Protection System Discussed"))
                .body("summary", org.hamcrest.Matchers.startsWith("TASHKENT, 17 December 2021, – The United Nations"));
    }

    @Test
    void loadingAgainAddsNothing() {
        assertEquals(0, loader.load(SampleContentReader.read()));
        given().get("/api/v1/news").then().statusCode(200).body("page.totalItems", is(20));
    }
}
