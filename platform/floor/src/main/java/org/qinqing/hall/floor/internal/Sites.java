package org.qinqing.hall.floor.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qinqing.hall.api.HallException;
import org.qinqing.hall.floor.Queue;
import org.qinqing.hall.floor.Site;
import org.qinqing.hall.floor.Window;

/**
 * The sites, windows and queues, read from a JSON file ({@code etc/hall-sites.json} when an admin
 * keeps one, else the shipped {@code floor/sites.json}). Windows are given as ranges
 * ({@code "numbers": "1-20"}) and named {@code windowPrefix + number}; window codes are unique
 * across sites. Every node reads the same file, so nothing here needs the database.
 */
final class Sites {
    private final List<Site> sites;
    private final Map<String, Site> byCode = new LinkedHashMap<>();
    private final Map<String, Window> windows = new LinkedHashMap<>();
    private final Map<String, Site> siteOfWindow = new LinkedHashMap<>();

    Sites(List<Site> sites) {
        this.sites = List.copyOf(sites);
        for (Site s : sites) {
            if (byCode.put(s.code(), s) != null) {
                throw new IllegalArgumentException("site " + s.code() + " is configured twice");
            }
            for (Window w : s.windows()) {
                if (windows.put(w.code(), w) != null) {
                    throw new IllegalArgumentException("window " + w.code() + " is configured twice");
                }
                siteOfWindow.put(w.code(), s);
                for (String q : w.queues()) {
                    if (s.queue(q) == null) {
                        throw new IllegalArgumentException("window " + w.code() + " calls from queue " + q + ", which site " + s.code() + " lacks");
                    }
                }
            }
        }
    }

    /** @param file an admin's file, or {@code null}/missing for the shipped one */
    static Sites load(String file) {
        try {
            if (file != null && !file.isBlank() && Files.isRegularFile(Path.of(file))) {
                try (InputStream in = Files.newInputStream(Path.of(file))) {
                    return parse(in);
                }
            }
            try (InputStream in = Sites.class.getResourceAsStream("/floor/sites.json")) {
                return parse(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the sites from " + file, e);
        }
    }

    static Sites parse(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        List<Site> out = new ArrayList<>();
        for (JsonNode s : root.path("sites")) {
            List<Queue> queues = new ArrayList<>();
            for (JsonNode q : s.path("queues")) {
                queues.add(new Queue(q.path("code").asText(), q.path("prefix").asText(q.path("code").asText()), q.path("name").asText(),
                        q.path("vip").asBoolean(false)));
            }
            List<Window> windows = new ArrayList<>();
            String prefix = s.path("windowPrefix").asText("");
            for (JsonNode w : s.path("windows")) {
                List<String> qs = new ArrayList<>();
                w.path("queues").forEach(q -> qs.add(q.asText()));
                String numbers = w.path("numbers").asText();
                int dash = numbers.indexOf('-');
                int from = Integer.parseInt(dash < 0 ? numbers : numbers.substring(0, dash));
                int to = dash < 0 ? from : Integer.parseInt(numbers.substring(dash + 1));
                for (int n = from; n <= to; n++) {
                    windows.add(new Window(prefix + n, n, w.path("kind").asText("COMPREHENSIVE"), List.copyOf(qs)));
                }
            }
            String kind = s.path("kind").asText();
            if (!List.of("HALL", "STREET", "COMMUNITY").contains(kind)) {
                throw new IllegalArgumentException("site " + s.path("code").asText() + " has kind " + kind + "; kinds are HALL, STREET, COMMUNITY");
            }
            if (queues.isEmpty()) {
                throw new IllegalArgumentException("site " + s.path("code").asText() + " has no queue");
            }
            String opens = time(s.path("opens").asText("09:00"));
            String closes = time(s.path("closes").asText("18:00"));
            out.add(new Site(s.path("code").asText(), s.path("name").asText(), kind, s.path("address").asText(null), opens, closes,
                    s.path("slotMinutes").asInt(30), s.path("slotCapacity").asInt(10), List.copyOf(windows), List.copyOf(queues)));
        }
        return new Sites(out);
    }

    private static String time(String hhmm) {
        try {
            return LocalTime.parse(hhmm).toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("opening time " + hhmm + " is not HH:MM");
        }
    }

    List<Site> all() {
        return sites;
    }

    Site site(String code) {
        Site s = code == null ? null : byCode.get(code);
        if (s == null) {
            throw new HallException(HallException.Kind.NOT_FOUND, "unknown_site", "site", "no site '" + code + "'");
        }
        return s;
    }

    Window window(String code) {
        Window w = code == null ? null : windows.get(code);
        if (w == null) {
            throw new HallException(HallException.Kind.NOT_FOUND, "unknown_window", "window", "no window '" + code + "'");
        }
        return w;
    }

    Site siteOf(String window) {
        window(window);
        return siteOfWindow.get(window);
    }

    Queue queue(Site site, String code) {
        Queue q = site.queue(code);
        if (q == null) {
            throw new HallException(HallException.Kind.NOT_FOUND, "unknown_queue", "queue", "site " + site.code() + " has no queue '" + code + "'");
        }
        return q;
    }
}
