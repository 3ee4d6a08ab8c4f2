package org.newsdesk.platform.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Requests that miss the response cache together share one render instead of each running the SQL. */
@QuarkusTest
class CoalescedRendersIT {

    @Test
    void concurrentMissesOfOneUrlRenderOnce() throws Exception {
        String path = "/test-only/slow-render?run=" + UUID.randomUUID();
        int before = SlowRenderResource.RENDERS.get();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().get(path);
                }));
            }
            start.countDown();
            List<String> etags = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                assertEquals(200, response.statusCode());
                etags.add(response.header("ETag"));
            }
            assertEquals(1, SlowRenderResource.RENDERS.get() - before, "one render for six concurrent misses");
            assertEquals(1, etags.stream().distinct().count(), "all six got the same answer");
        } finally {
            pool.shutdownNow();
        }
        // Another URL is another render.
        given().get(path + "&other=1").then().statusCode(200);
        assertEquals(2, SlowRenderResource.RENDERS.get() - before);
    }
}
