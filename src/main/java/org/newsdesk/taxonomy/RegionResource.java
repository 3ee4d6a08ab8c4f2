package org.newsdesk.taxonomy;

import jakarta.ws.rs.Path;
import org.newsdesk.platform.http.ApiLinks;
import org.newsdesk.platform.http.HttpCaching;
import org.newsdesk.platform.http.JsonBodies;

/** Regions at /api/v1/regions: the endpoints of {@link TermResource} for this kind. */
@Path(ApiLinks.API + "/regions")
public class RegionResource extends TermResource {

    RegionResource(TaxonomyService taxonomy, TaxonomyEditor editor, HttpCaching caching, JsonBodies bodies) {
        super(TermKind.REGION, taxonomy, editor, caching, bodies);
    }
}
