package org.newsdesk.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the sample page exactly as printed ({@code sample/news-and-features.txt}) and joins each item to
 * its row of {@code sample/tagging.tsv} by date and title start. Fails loudly on anything it cannot place.
 */
final class SampleContentReader {

    private static final Pattern ITEM_START = Pattern.compile("^\\s+\\d+\\.\\s+(.+)$");
    private static final DateTimeFormatter PAGE_DATE = DateTimeFormatter.ofPattern("dd MMMM yyyy", Locale.ENGLISH);

    private SampleContentReader() {
    }

    static List<SampleItem> read() {
        List<Tagging> tagging = readTagging(lines("sample/tagging.tsv"));
        return readPage(lines("sample/news-and-features.txt")).stream().map(item -> tagged(item, tagging)).toList();
    }

    private record PageItem(String title, LocalDate publishedOn, String summary) {
    }

    private record Tagging(LocalDate publishedOn, String titleStart, List<String> countries, List<String> regions,
            List<String> topics, String imageCredit) {
    }

    /** Each item is "N. [© credit]" then title, date and summary lines; the printed credit is superseded by the tagging's. */
    static List<PageItem> readPage(List<String> lines) {
        List<PageItem> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher start = ITEM_START.matcher(lines.get(i));
            if (!start.matches()) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            parts.add(start.group(1).trim());
            int needed = parts.get(0).startsWith("©") ? 4 : 3;
            while (parts.size() < needed && ++i < lines.size()) {
                String line = lines.get(i).trim();
                if (!line.isEmpty()) {
                    parts.add(line);
                }
            }
            if (parts.size() < needed) {
                throw new IllegalStateException("Incomplete sample item: " + parts);
            }
            List<String> text = parts.subList(needed - 3, needed);
            items.add(new PageItem(text.get(0), LocalDate.parse(text.get(1), PAGE_DATE), text.get(2)));
        }
        return items;
    }

    private static List<Tagging> readTagging(List<String> lines) {
        return lines.stream().skip(1).filter(line -> !line.isBlank()).map(line -> {
            String[] cells = line.split("\t", -1);
            if (cells.length != 6) {
                throw new IllegalStateException("tagging.tsv: expected 6 columns in: " + line);
            }
            return new Tagging(LocalDate.parse(cells[0]), cells[1], words(cells[2]), words(cells[3]), words(cells[4]),
                    cells[5].isBlank() ? null : cells[5].trim());
        }).toList();
    }

    private static SampleItem tagged(PageItem item, List<Tagging> tagging) {
        Tagging tags = tagging.stream()
                .filter(row -> row.publishedOn.equals(item.publishedOn) && item.title.startsWith(row.titleStart))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No tagging for sample item: " + item.title));
        return new SampleItem(item.title, item.publishedOn, item.summary, tags.imageCredit, tags.countries,
                tags.regions, tags.topics);
    }

    private static List<String> words(String cell) {
        return cell.isBlank() ? List.of() : Arrays.asList(cell.trim().split("\\s+"));
    }

    private static List<String> lines(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
