package org.qinqing.hall.itests.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A fuzzer driven by the hall's OpenAPI description: for every operation it sends generated requests — plausible
 * and hostile path, query and body values, missing and unknown fields, wrong types, huge and empty bodies, other
 * media types and methods, as every role and as no one — and checks each answer: no 5xx, every non-2xx the JSON
 * error, every 2xx JSON answer within its documented schema, no resident ID number unmasked, an approver sees only
 * their own departments' cases. Reproducible: the same seed sends the same requests.
 */
public final class Fuzzer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LARGE = 64 * 1024;
    private static final int BLOCK = 200;
    private static final List<String> OTHER_TYPES = List.of("text/plain", "application/xml", "multipart/form-data; boundary=x",
            "application/x-www-form-urlencoded", "application/json; charset=latin1", "image/png", "application/pdf");

    /** Who sends a request: a staff account (departments for approvers), or a wrong password. */
    public record Caller(String user, String password, Set<String> departments) {
    }

    /** Something an answer must not do. */
    public record Finding(String request, int status, String problem, String body) {
    }

    /** What a run did. */
    public record Result(int requests, long millis, Map<Integer, Integer> statuses, Map<String, Integer> perOperation,
            List<Finding> findings, int resetWhileSending) {
    }

    private final URI base;
    private final List<Caller> callers;
    private final Random random;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> discovered = new ArrayList<>();
    private List<Operation> operations;
    private Values values;

    /** @param base the API's base, e.g. http://127.0.0.1:8181/api/v1/ @param callers the accounts @param seed the seed */
    public Fuzzer(URI base, List<Caller> callers, long seed) {
        this.base = base;
        this.callers = callers;
        this.random = new Random(seed);
    }

    /** Reads the description and the hall's own codes (items, departments, cases) to mix into the requests. */
    public int prepare() throws IOException, InterruptedException {
        JsonNode api = JSON.readTree(send("GET", "openapi.json", null, null, null, Map.of()).body());
        operations = Operation.all(api);
        Map<String, JsonNode> components = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = api.path("components").path("schemas").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            components.put(e.getKey(), e.getValue());
        }
        values = new Values(random, components);
        for (JsonNode item : JSON.readTree(send("GET", "items", null, null, null, Map.of()).body())) {
            discovered.add(item.path("code").asText());
        }
        for (JsonNode d : JSON.readTree(send("GET", "departments", null, null, null, Map.of()).body())) {
            discovered.add(d.path("code").asText());
        }
        Caller staff = callers.stream().filter(c -> c.user().equals("supervisor")).findFirst().orElse(callers.get(0));
        HttpResponse<String> cases = send("GET", "cases?limit=200", staff, null, null, Map.of());
        if (cases.statusCode() == 200) {
            for (JsonNode c : JSON.readTree(cases.body())) {
                discovered.add(c.path("caseNumber").asText());
            }
        }
        return operations.size();
    }

    /** One generated request, planned before it is sent (so a seed gives the same requests whatever the threads). */
    private record Planned(Operation op, Caller caller, String method, String target, String type, byte[] body,
            Map<String, String> headers, String described) {
    }

    /** What sending a planned request gave: an answer, or the exception. */
    private record Sent(Planned request, HttpResponse<String> answer, IOException failure) {
    }

    /**
     * Sends {@code requests} requests, every operation in turn, and checks each answer. The requests are generated in
     * order from the seed, a block of {@value #BLOCK} at a time, and each block is sent by {@code threads} threads at
     * once (the hall is a server: it must answer them in any order).
     */
    public Result run(int requests, int threads) throws InterruptedException {
        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<String, Integer> perOperation = new TreeMap<>();
        List<Finding> findings = new ArrayList<>();
        int reset = 0;
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int from = 0; from < requests; from += BLOCK) {
                List<Future<Sent>> block = new ArrayList<>();
                for (int i = from; i < Math.min(requests, from + BLOCK); i++) {
                    Planned p = plan(operations.get(i % operations.size()));
                    block.add(pool.submit(() -> send(p)));
                }
                for (Future<Sent> f : block) {
                    Sent s;
                    try {
                        s = f.get();
                    } catch (ExecutionException e) {
                        throw new IllegalStateException(e.getCause());
                    }
                    Planned p = s.request();
                    if (s.failure() != null) {
                        if (p.body() != null && p.body().length > LARGE) {
                            // Jetty answers a request it refuses before reading the body (a bad URI) and closes; a client
                            // still sending a large body may see the reset before the answer (RFC 9112 9.6): counted, not a finding
                            reset++;
                        } else {
                            findings.add(new Finding(p.described(), -1, "no answer: " + s.failure(), ""));
                        }
                        continue;
                    }
                    HttpResponse<String> r = s.answer();
                    statuses.merge(r.statusCode(), 1, Integer::sum);
                    perOperation.merge(p.op().toString(), 1, Integer::sum);
                    String problem = check(p.op(), p.method(), p.caller(), r);
                    if (problem != null) {
                        findings.add(new Finding(p.described(), r.statusCode(), problem, abbreviate(r.body())));
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(requests, (System.nanoTime() - start) / 1_000_000, statuses, perOperation, findings, reset);
    }

    private Planned plan(Operation op) {
        Caller caller = random.nextInt(4) == 0 ? null : callers.get(random.nextInt(callers.size()));
        String method = random.nextInt(20) == 0 ? values.pick(List.of("PUT", "DELETE", "PATCH", "POST", "GET")) : op.method();
        String target = target(op);
        String type = op.bodyType() == null ? null : random.nextInt(8) == 0 ? values.pick(OTHER_TYPES) : op.bodyType();
        byte[] body = body(op, method);
        Map<String, String> headers = headers(op);
        String described = method + " " + target + (caller == null ? "" : " as " + caller.user())
                + (body == null ? "" : " body " + abbreviate(new String(body, StandardCharsets.UTF_8)));
        return new Planned(op, caller, method, target, type, body, headers, described);
    }

    private Sent send(Planned p) throws InterruptedException {
        try {
            return new Sent(p, send(p.method(), p.target(), p.caller(), p.type(), p.body(), p.headers()), null);
        } catch (IOException e) {
            return new Sent(p, null, e);
        }
    }

    private String check(Operation op, String method, Caller caller, HttpResponse<String> r) {
        int status = r.statusCode();
        String type = r.headers().firstValue("Content-Type").orElse(null);
        JsonNode body = null;
        try {
            body = r.body().isEmpty() ? null : JSON.readTree(r.body());
        } catch (IOException notJson) {
            // checked below where JSON is required
        }
        if (status >= 500) {
            return "server error " + status;
        }
        String id = Checks.unmaskedId(r.body());
        if (id != null) {
            return "unmasked resident ID number " + id;
        }
        if (status < 200 || status > 299) {
            return Checks.errorShape(status, type, body);
        }
        if (body != null && op.answerSchema() != null && method.equals(op.method())) {
            String wrong = Checks.conforms(body, op.answerSchema(), values, "answer");
            if (wrong != null) {
                return "answer disagrees with the description: " + wrong;
            }
        }
        if (caller != null && !caller.departments().isEmpty() && op.path().startsWith("/cases") && body != null) {
            for (JsonNode c : body.isArray() ? body : JSON.createArrayNode().add(body)) {
                String dept = c.path("department").asText(null);
                if (dept != null && !caller.departments().contains(dept)) {
                    return caller.user() + " was shown a case of department " + dept;
                }
            }
        }
        return null;
    }

    private String target(Operation op) {
        String path = op.path().substring(1);
        StringBuilder query = new StringBuilder();
        for (JsonNode p : op.parameters()) {
            String name = p.path("name").asText();
            String in = p.path("in").asText();
            String value = value(p.path("schema"));
            if (in.equals("path")) {
                path = path.replace("{" + name + "}", encode(value.isEmpty() ? "x" : value));
            } else if (in.equals("query") && random.nextInt(5) < 3) {
                query.append(query.length() == 0 ? "?" : "&").append(name).append('=').append(encode(value));
            }
        }
        if (random.nextInt(10) == 0) {
            query.append(query.length() == 0 ? "?" : "&").append(encode(values.string())).append("=1");
        }
        return path + query;
    }

    private String value(JsonNode schema) {
        String type = values.resolve(schema).path("type").asText("string");
        if (!discovered.isEmpty() && random.nextInt(3) == 0) {
            return discovered.get(random.nextInt(discovered.size()));
        }
        return type.equals("integer") || type.equals("number") ? values.number() : values.string();
    }

    private byte[] body(Operation op, String method) {
        if (method.equals("GET") || method.equals("DELETE")) {
            return null;
        }
        if (op.bodyType() != null && !op.bodyType().contains("json")) {
            byte[] b = new byte[random.nextInt(3) == 0 ? 0 : random.nextInt(4096)];
            random.nextBytes(b);
            if (b.length > 4 && random.nextBoolean()) {
                b[0] = '%';
                b[1] = 'P';
                b[2] = 'D';
                b[3] = 'F';
            }
            return b;
        }
        int r = random.nextInt(20);
        String text;
        if (r == 0) {
            text = "";
        } else if (r == 1) {
            text = values.pick(List.of("{", "{\"a\":", "[1,2", "nul", "{\"a\":1}}", "{\"a\":1,\"a\":2}", "\"str\"", "12", "{'a':1}"));
        } else if (r == 2) {
            text = "{\"x\":\"" + "y".repeat(1_200_000) + "\"}";
        } else if (r == 3) {
            text = "[".repeat(200) + "]".repeat(200);
        } else {
            JsonNode schema = op.bodySchema() == null ? Values.F.objectNode() : op.bodySchema();
            text = values.value(schema, 0).toString();
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private Map<String, String> headers(Operation op) {
        Map<String, String> h = new HashMap<>();
        for (JsonNode p : op.parameters()) {
            if (p.path("in").asText().equals("header") && random.nextBoolean()) {
                h.put(p.path("name").asText(), values.string().replaceAll("[^\\x21-\\x7e]", "x"));
            }
        }
        int a = random.nextInt(12);
        if (a == 0) {
            h.put("Accept", values.pick(List.of("application/xml", "text/html", "*/*", "application/json;q=0", "image/png")));
        }
        return h;
    }

    private HttpResponse<String> send(String method, String target, Caller caller, String type, byte[] body,
            Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(target)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (type != null && body != null) {
            b.header("Content-Type", type);
        }
        if (caller != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (caller.user() + ":" + caller.password()).getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…(" + s.length() + ")" : s;
    }

    /**
     * @param api the description
     * @param verb the operation's method
     * @param path the operation's path as described ({@code /items/{code}})
     * @param answer a 2xx answer of it
     * @return where the answer disagrees with the operation's documented answer schema, or {@code null}
     */
    public static String disagreement(JsonNode api, String verb, String path, JsonNode answer) {
        Map<String, JsonNode> components = new HashMap<>();
        api.path("components").path("schemas").fields().forEachRemaining(e -> components.put(e.getKey(), e.getValue()));
        for (Operation op : Operation.all(api)) {
            if (op.method().equals(verb) && op.path().equals(path)) {
                if (op.answerSchema() == null) {
                    return verb + " " + path + " documents no answer schema";
                }
                return Checks.conforms(answer, op.answerSchema(), new Values(new Random(0), components), "answer");
            }
        }
        return verb + " " + path + " is not in the description";
    }

    /** @return the operations in the description */
    public List<String> operations() {
        List<String> out = new ArrayList<>();
        operations.forEach(o -> out.add(o.toString()));
        return out;
    }

    static Set<String> set(String... s) {
        return new LinkedHashSet<>(List.of(s));
    }
}
