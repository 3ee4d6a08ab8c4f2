package org.newsdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Path;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.newsdesk.platform.db.ReadSessions;
import org.newsdesk.platform.http.HttpCaching;
import org.newsdesk.platform.problem.Problem;

/** The rules of docs/architecture.md that the code must keep, checked on the compiled classes. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.newsdesk");
    private static final JavaClasses TESTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS).importPackages("org.newsdesk");
    private static final String[] FEATURES = {"org.newsdesk.news..", "org.newsdesk.taxonomy..",
        "org.newsdesk.editorial..", "org.newsdesk.feed..", "org.newsdesk.web..", "org.newsdesk.sample.."};

    /** A Panache repository method given a query as text, such as list("slug in ?1", slugs). */
    private static final DescribedPredicate<JavaCall<?>> PANACHE_QUERY = DescribedPredicate.describe(
            "a Panache query given as text", call -> !call.getTarget().getRawParameterTypes().isEmpty()
                    && call.getTarget().getRawParameterTypes().get(0).isEquivalentTo(String.class)
                    && call.getTarget().resolveMember().map(method -> method.getOwner()
                            .isEquivalentTo(PanacheRepositoryBase.class)).orElse(false));

    /** A read that Panache repositories inherit (find, list, stream, count…), which ignores the ReadSession. */
    private static final DescribedPredicate<JavaCall<?>> PANACHE_READ = DescribedPredicate.describe(
            "a read inherited from Panache", call -> call.getTarget().resolveMember().map(method -> method.getOwner()
                    .isEquivalentTo(PanacheRepositoryBase.class) && method.getName().matches("(find|list|stream|count).*"))
                    .orElse(false));

    @Test
    void thePlatformImportsNoFeature() {
        noClasses().that().resideInAPackage("org.newsdesk.platform..").should().dependOnClassesThat()
                .resideInAnyPackage(FEATURES).check(MAIN);
    }

    @Test
    void noPackagesFormACycle() {
        slices().matching("org.newsdesk.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void otherFeaturesAskTheTaxonomyThroughItsVocabulary() {
        noClasses().that().resideOutsideOfPackage("org.newsdesk.taxonomy..").should().dependOnClassesThat()
                .haveNameMatching("org\\.newsdesk\\.taxonomy\\..*Repository")
                .because("Vocabulary is the taxonomy's declared API for slugs, codes, ids and names")
                .check(MAIN);
    }

    @Test
    void resourcesNeverTouchTheDatabase() {
        // TermResource's endpoints have no @Path of their own: TopicResource and RegionResource give it.
        noClasses().that().areAnnotatedWith(Path.class).or().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat()
                .areAssignableTo(EntityManager.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("io.quarkus.hibernate.orm.panache..",
                        "org.hibernate..", "java.sql..")
                .check(MAIN);
    }

    @Test
    void errorBodiesAreWrittenByTheProblemPlatformAlone() {
        noClasses().that().resideOutsideOfPackage("org.newsdesk.platform.problem..")
                .should().callConstructorWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                        JavaClass.Predicates.equivalentTo(Problem.class))))
                .because("features throw (ProblemException and its kin) and ProblemMappers or Refusals write the "
                        + "problem+json, with the request id, in one way")
                .check(MAIN);
    }

    @Test
    void transactionsAreDeclaredOnlyWithTransactional() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("io.quarkus.narayana.jta.QuarkusTransaction")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.transaction.UserTransaction")
                .because("one transaction style: @Transactional on the service method, work after commit through a "
                        + "CDI event observed AFTER_SUCCESS")
                .check(MAIN);
    }

    @Test
    void sqlLivesInRepositories() {
        // The db platform (listener, replica routing, embedded database) speaks JDBC itself.
        noClasses().that().haveSimpleNameNotEndingWith("Repository").and().resideOutsideOfPackage("org.newsdesk.platform.db..")
                .should().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                        JavaClass.Predicates.assignableTo(EntityManager.class)
                                .or(JavaClass.Predicates.assignableTo(java.sql.Statement.class))
                                .or(JavaClass.Predicates.assignableTo(java.sql.Connection.class)))))
                .orShould().callMethodWhere(PANACHE_QUERY)
                .because("a maintainer finds every statement of a feature in its repositories")
                .check(MAIN);
    }

    @Test
    void readsAreRoutedInOnePlaceWithoutHiddenState() {
        noFields().should().haveRawType(ThreadLocal.class)
                .because("a read's session is passed on explicitly (ReadSession), never kept per thread")
                .check(MAIN);
        noClasses().that().doNotHaveFullyQualifiedName(HttpCaching.class.getName())
                .should().callMethod(ReadSessions.class, "publicRead", Function.class)
                .because("the public reads that may go to the replica are the cache misses of HttpCaching")
                .check(MAIN);
        noClasses().that().haveSimpleNameNotEndingWith("Repository").should().callMethodWhere(PANACHE_READ)
                .because("an inherited Panache read would run on the primary whatever session the read was given")
                .check(MAIN);
    }

    @Test
    void noStaticFieldCanChange() {
        fields().that().areStatic().should().beFinal()
                .because("state shared through static fields is hidden from the code that depends on it")
                .check(MAIN);
    }

    @Test
    void everyQuarkusTestIsAnIntegrationTest() {
        classes().that().areAnnotatedWith(QuarkusTest.class).should().haveSimpleNameEndingWith("IT")
                .because("./mvnw test runs the fast *Test classes; failsafe runs the *IT ones in verify")
                .check(TESTS);
    }
}
