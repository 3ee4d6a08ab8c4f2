package org.newsdesk.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.newsdesk.editorial.TranslationRepository.Member;
import org.newsdesk.news.NewsItem;
import org.newsdesk.platform.problem.ProblemException;
import org.newsdesk.platform.problem.ResourceNotFoundException;

/**
 * The rules of translation groups: items that say the same thing in other languages, at most one per language. Each
 * translation is an item of its own (slug, workflow state, revisions, publication date): joining or leaving a group
 * changes none of them. Runs inside the editor's write transaction, with the item written to locked; the unique index
 * of (group, language) settles a race between two writers of one group (DatabaseFaultMappers: a 409).
 */
@ApplicationScoped
class TranslationGroups {

    private final TranslationRepository groups;

    TranslationGroups(TranslationRepository groups) {
        this.groups = groups;
    }

    /**
     * Puts the new {@code translation} into {@code source}'s group, making the group when the source has none; a
     * language the group already has is a 409 naming the item in it.
     */
    void join(NewsItem source, NewsItem translation) {
        if (source.language.equals(translation.language)) {
            throw ProblemException.conflict("News item '" + source.slug + "' is in '" + source.language
                    + "' itself; a translation needs another language.");
        }
        if (source.translationGroup == null) {
            long group = groups.newGroup();
            groups.setGroup(List.of(source.id), group);
            translation.translationGroup = group;
            return;
        }
        takenBy(groups.members(source.translationGroup), translation.language, null).ifPresent(member -> {
            throw ProblemException.conflict("News item '" + source.slug + "' already has a translation in '"
                    + translation.language + "': '" + member.slug() + "'.");
        });
        translation.translationGroup = source.translationGroup;
    }

    /** Refuses to move {@code item} into a language another item of its group is in (409). */
    void checkLanguage(NewsItem item) {
        if (item.translationGroup == null) {
            return;
        }
        takenBy(groups.members(item.translationGroup), item.language, item.id).ifPresent(member -> {
            throw ProblemException.conflict("Another item of this one's translations is in '" + item.language
                    + "': '" + member.slug() + "'. Detach it first, or choose another language.");
        });
    }

    /**
     * Takes the item in {@code language} out of {@code item}'s group (the item itself when it is in that language);
     * a group left with one item is no group. 404 when the item has no translation in that language.
     */
    void detach(NewsItem item, String language) {
        List<Member> members = item.translationGroup == null ? List.of() : groups.members(item.translationGroup);
        Member leaving = takenBy(members, language, null).orElseThrow(() -> new ResourceNotFoundException(
                "News item '" + item.slug + "' has no translation in '" + language + "'."));
        List<Member> staying = members.stream().filter(member -> member.id() != leaving.id()).toList();
        groups.setGroup(staying.size() == 1 ? List.of(leaving.id(), staying.get(0).id()) : List.of(leaving.id()), null);
    }

    private static Optional<Member> takenBy(List<Member> members, String language, Long except) {
        return members.stream().filter(member -> member.language().equals(language))
                .filter(member -> except == null || member.id() != except).findFirst();
    }
}
