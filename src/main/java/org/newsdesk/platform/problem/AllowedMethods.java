package org.newsdesk.platform.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods each path supports, for the Allow header of a 405 (the framework answers 405 without one).
 * Read once from the resource classes' annotations, so it stays true as endpoints are added.
 */
@ApplicationScoped
public class AllowedMethods {

    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{[^}]+}");
    private final List<Route> routes = new ArrayList<>();

    private record Route(Pattern path, String method) {
    }

    public AllowedMethods(BeanManager beans) {
        beans.getBeans(Object.class, Any.Literal.INSTANCE).stream()
                .map(bean -> bean.getBeanClass())
                .filter(type -> type.isAnnotationPresent(Path.class))
                .distinct()
                .forEach(this::addRoutes);
    }

    /** The Allow header value for this request path, such as "GET, HEAD, OPTIONS"; null if nothing is there. */
    public String forPath(String path) {
        Set<String> methods = new TreeSet<>();
        for (Route route : routes) {
            if (route.path.matcher(path).matches()) {
                methods.add(route.method);
            }
        }
        if (methods.isEmpty()) {
            return null;
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        methods.add("OPTIONS");
        return String.join(", ", methods);
    }

    private void addRoutes(Class<?> resource) {
        String base = resource.getAnnotation(Path.class).value();
        for (Method method : resource.getMethods()) {
            String httpMethod = httpMethod(method);
            if (httpMethod != null) {
                Path path = method.getAnnotation(Path.class);
                routes.add(new Route(toPattern(join(base, path == null ? "" : path.value())), httpMethod));
            }
        }
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (httpMethod != null) {
                return httpMethod.value();
            }
        }
        return null;
    }

    private static String join(String base, String path) {
        String joined = ("/" + base + "/" + path).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static Pattern toPattern(String template) {
        StringBuilder regex = new StringBuilder();
        int last = 0;
        var variables = TEMPLATE_VARIABLE.matcher(template);
        while (variables.find()) {
            regex.append(Pattern.quote(template.substring(last, variables.start()))).append("[^/]+");
            last = variables.end();
        }
        regex.append(Pattern.quote(template.substring(last))).append("/?");
        return Pattern.compile(regex.toString());
    }
}
