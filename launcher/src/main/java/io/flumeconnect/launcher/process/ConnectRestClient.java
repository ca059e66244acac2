package io.flumeconnect.launcher.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The few calls of Connect's REST API the launcher and benchmarks make. */
public final class ConnectRestClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public ConnectRestClient(URI base) {
        this.base = base;
    }

    public URI url() {
        return base;
    }

    /** Creates or updates a connector ({@code PUT /connectors/NAME/config}). */
    public void putConnector(String name, Map<String, String> config) throws IOException, InterruptedException {
        send("PUT", "connectors/" + name + "/config", JSON.writeValueAsString(config), 200, 201);
    }

    /**
     * Validates a config against the worker's plugin ({@code PUT /connector-plugins/CLASS/config/validate}):
     * every key with errors, and its messages; empty when the config is valid.
     */
    public Map<String, List<String>> validate(String connectorClass, Map<String, String> config)
            throws IOException, InterruptedException {
        JsonNode answer = JSON.readTree(send("PUT", "connector-plugins/" + connectorClass + "/config/validate",
                JSON.writeValueAsString(config), 200));
        Map<String, List<String>> errors = new java.util.TreeMap<>();
        for (JsonNode key : answer.path("configs")) {
            List<String> messages = new ArrayList<>();
            key.path("value").path("errors").forEach(message -> messages.add(message.asText()));
            if (!messages.isEmpty()) {
                errors.put(key.path("value").path("name").asText(), messages);
            }
        }
        return errors;
    }

    public void deleteConnector(String name) throws IOException, InterruptedException {
        send("DELETE", "connectors/" + name, null, 204, 404);
    }

    /** Restarts a connector and all its tasks ({@code POST /connectors/NAME/restart?includeTasks=true}). */
    public void restartWithTasks(String name) throws IOException, InterruptedException {
        send("POST", "connectors/" + name + "/restart?includeTasks=true", null, 200, 202, 204);
    }

    /** The connector's committed offsets ({@code GET /connectors/NAME/offsets}). */
    public JsonNode offsets(String name) throws IOException, InterruptedException {
        return JSON.readTree(send("GET", "connectors/" + name + "/offsets", null, 200));
    }

    public JsonNode status(String name) throws IOException, InterruptedException {
        return JSON.readTree(send("GET", "connectors/" + name + "/status", null, 200));
    }

    /** Class names of every plugin the worker loaded ({@code GET /connector-plugins?connectorsOnly=false}). */
    public List<String> pluginClasses() throws IOException, InterruptedException {
        List<String> classes = new ArrayList<>();
        JSON.readTree(send("GET", "connector-plugins?connectorsOnly=false", null, 200))
                .forEach(plugin -> classes.add(plugin.get("class").asText()));
        return classes;
    }

    /** Whether the REST server answers at all. */
    public boolean isUp() throws InterruptedException {
        try {
            return http.send(request("GET", "", null), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** Waits until the connector and all its tasks are RUNNING; fails at once when one has FAILED. */
    public void awaitRunning(String name, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode status = statusOrNull(name);
            if (status != null) {
                failOnFailedState(name, status);
                if (isRunning(status)) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("connector " + name + " not RUNNING after " + timeout + ": " + status);
            }
            Thread.sleep(250);
        }
    }

    private JsonNode statusOrNull(String name) throws IOException, InterruptedException {
        try {
            return status(name);
        } catch (RestException e) {
            return null;
        }
    }

    private static boolean isRunning(JsonNode status) {
        boolean tasksRunning = status.get("tasks").size() > 0;
        for (JsonNode task : status.get("tasks")) {
            tasksRunning &= "RUNNING".equals(task.get("state").asText());
        }
        return "RUNNING".equals(status.get("connector").get("state").asText()) && tasksRunning;
    }

    private static void failOnFailedState(String name, JsonNode status) throws IOException {
        List<JsonNode> states = new ArrayList<>(List.of(status.get("connector")));
        status.get("tasks").forEach(states::add);
        for (JsonNode state : states) {
            if ("FAILED".equals(state.get("state").asText())) {
                throw new IOException("connector " + name + " FAILED: " + state.path("trace").asText(state.toString()));
            }
        }
    }

    private String send(String method, String path, String body, int... expected)
            throws IOException, InterruptedException {
        HttpResponse<String> response;
        try {
            response = http.send(request(method, path, body), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new IOException("Connect worker at " + base + " is not reachable", e);
        }
        for (int status : expected) {
            if (response.statusCode() == status) {
                return response.body();
            }
        }
        throw new RestException(method + " " + base.resolve(path) + " answered " + response.statusCode() + ": "
                + response.body());
    }

    private HttpRequest request(String method, String path, String body) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** A REST call answered with an unexpected status. */
    public static final class RestException extends IOException {
        RestException(String message) {
            super(message);
        }
    }
}
