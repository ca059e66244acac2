package io.flumeconnect.sources.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real {@code curl} client: runs it and returns the status and body it got. */
final class Curl {
    record Response(int status, String body) {
    }

    private Curl() {
    }

    static Response run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("curl", "-sS", "--max-time", "60", "-w", "\n%{http_code}"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("curl did not finish: " + command);
        }
        int cut = output.lastIndexOf('\n');
        return new Response(Integer.parseInt(output.substring(cut + 1).trim()), output.substring(0, cut));
    }
}
