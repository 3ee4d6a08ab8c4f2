package org.newsdesk.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.newsdesk.web.WebViews.DemoView;
import org.newsdesk.web.WebViews.EmbedItemView;
import org.newsdesk.web.WebViews.EmbedListView;
import org.newsdesk.web.WebViews.ErrorView;
import org.newsdesk.web.WebViews.HomeView;
import org.newsdesk.web.WebViews.ItemView;

/**
 * The page templates (src/main/resources/templates/{name}.html), checked against these types at build
 * time. Full pages share layout.html, embedded ones embedLayout.html; both take the head from head.html.
 * Their words are in {@link WebWords}.
 */
@CheckedTemplate
public final class Pages {

    private Pages() {
    }

    public static native TemplateInstance home(PageHead head, HomeView page);

    public static native TemplateInstance item(PageHead head, ItemView page);

    public static native TemplateInstance error(PageHead head, ErrorView page);

    public static native TemplateInstance embedList(PageHead head, EmbedListView page);

    public static native TemplateInstance embedItem(PageHead head, EmbedItemView page);

    public static native TemplateInstance embedError(PageHead head, ErrorView page);

    public static native TemplateInstance demo(PageHead head, DemoView page);

    /** The page with its language's interface words (the templates' {words:…}). */
    static String render(TemplateInstance page, WebLanguage language) {
        return page.setLocale(language.locale()).render();
    }
}
