package org.newsdesk.taxonomy;

import jakarta.ws.rs.Path;
import org.newsdesk.platform.http.ApiLinks;
import org.newsdesk.platform.http.HttpCaching;
import org.newsdesk.platform.http.JsonBodies;

/** Topics at /api/v1/topics: the endpoints of {@link TermResource} for this kind. */
@Path(ApiLinks.API + "/topics")
public class TopicResource extends TermResource {

    TopicResource(TaxonomyService taxonomy, TaxonomyEditor editor, HttpCaching caching, JsonBodies bodies) {
        super(TermKind.TOPIC, taxonomy, editor, caching, bodies);
    }
}
