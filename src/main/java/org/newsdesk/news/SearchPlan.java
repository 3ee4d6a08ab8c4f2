package org.newsdesk.news;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.news.NewsSql.Tier;

/**
 * How a search reads its page, chosen from its matches counted first. PostgreSQL estimates a word outside its
 * most common ones at a fixed share of the rows (2,849 of 1,000,000), so left alone it walks the date index
 * looking for a rare word, and a walk that finds too few matches reads every item (28 s at 1,000,000 items).
 * Fewer matches than the cap are known one by one ({@link KnownMatches}): the page's rows are picked from them and
 * read by id. Otherwise each relevance tier is gathered from its word index and sorted when its matches (or a
 * superset of them) are below the cap, and walked newest first, stopping at the page, when they are not. Tiers that
 * the rows before them surely fill, and tiers known to be empty, are not read at all.
 *
 * @param counted the matches counted up to the cap
 * @param tiers   the tiers a relevance page reads, best first, and how, when its matches are not known
 * @param page    the page's matches in order, when every match is known; else null
 */
record SearchPlan(long counted, List<TierReading> tiers, List<KnownMatches.Match> page) {

    enum Reading {
        /** Every match from the word indexes, sorted: bounded, as there are fewer than the cap. */
        GATHER,
        /** Newest first along the date index, stopping at the page; the planner may still choose otherwise. */
        WALK
    }

    /** One tier of a relevance page and how it is read. */
    record TierReading(Tier tier, Reading reading) {
    }

    /** A count of matches stopped at {@code upTo}: exact below it, "at least that many" at it. */
    record Count(long value, long upTo) {

        static final Count NONE = new Count(0, 1);
        /** Not counted: at least none. */
        static final Count NOT_COUNTED = new Count(0, 0);

        boolean exact() {
            return value < upTo;
        }
    }

    /**
     * A search's matches counted in titles, in titles or summaries (a superset) and in the whole text (a superset
     * again), and every match when they are fewer than the cap ({@code known}, else null). Past the cap in titles or
     * summaries, the titles are counted up to the page's rows and the whole text not at all; below it but past the
     * cap in the whole text, the titles are not counted.
     */
    record Matches(Count inTitles, Count inTitlesOrSummaries, Count inAll, KnownMatches known) {

        /** How many matches a tier holds at least, whether that is all of them, and whether reading them is bounded. */
        TierSize in(Tier tier) {
            List<Count> outwards = List.of(inTitles, inTitlesOrSummaries, inAll);
            int part = 2 - tier.rank; // the title is the innermost part of the text, the body the outermost
            Count inner = part == 0 ? Count.NONE : outwards.get(part - 1);
            Count outer = outwards.get(part);
            // Gathered, a tier reads the matches of its own part of the text: bounded when they, or a superset, are few.
            boolean bounded = outwards.subList(part, 3).stream().anyMatch(Count::exact);
            if (!inner.exact()) {
                return new TierSize(0, false, bounded);
            }
            return new TierSize(Math.max(0, outer.value() - inner.value()), outer.exact(), bounded);
        }
    }

    /**
     * At least {@code atLeast} matches in a tier, exactly that many when {@code exact}; {@code bounded} when
     * gathering them reads fewer rows than the cap.
     */
    record TierSize(long atLeast, boolean exact, boolean bounded) {
    }

    /**
     * The plan for a page of {@code limit} rows after {@code paging}'s offset or cursor. A cursor's own tier counts
     * for nothing towards filling the page: how many of its rows lie after the cursor is not known.
     */
    static SearchPlan of(Matches matches, Paging paging, int limit) {
        long counted = matches.inAll().value();
        if (matches.known() != null) {
            return new SearchPlan(counted, List.of(), matches.known().page(paging, limit));
        }
        if (paging.sort() != Paging.Sort.RELEVANCE) {
            return new SearchPlan(counted, List.of(), null); // walked along the date index
        }
        Tier cursorTier = paging.after() == null ? null : Tier.of(paging.after().rank());
        long needed = limit + paging.offset();
        long surely = 0;
        List<TierReading> tiers = new ArrayList<>();
        for (Tier tier : NewsSql.tiersFrom(paging.after())) {
            if (surely >= needed) {
                break;
            }
            TierSize size = matches.in(tier);
            if (size.exact() && size.atLeast() == 0) {
                continue;
            }
            tiers.add(new TierReading(tier, size.bounded() ? Reading.GATHER : Reading.WALK));
            surely += tier == cursorTier ? 0 : size.atLeast();
        }
        return new SearchPlan(counted, List.copyOf(tiers), null);
    }
}
