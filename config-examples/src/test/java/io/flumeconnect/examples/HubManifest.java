package io.flumeconnect.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Confluent Hub component spec's rules for {@code manifest.json}: the required fields, the allowed
 * component types, absolute URLs, and the archive name the Hub tools expect.
 */
final class HubManifest {
    private static final Set<String> COMPONENT_TYPES = Set.of("source", "sink", "transform", "converter");
    private static final List<String> REQUIRED = List.of("name", "version", "title", "description", "owner",
            "component_types", "license", "documentation_url", "support", "source_url", "release_date");
    private static final List<String> URLS = List.of("/documentation_url", "/source_url", "/owner/url", "/support/url");

    private final JsonNode manifest;

    HubManifest(JsonNode manifest) {
        this.manifest = manifest;
    }

    void check() {
        assertThat(REQUIRED).allSatisfy(field -> assertThat(manifest.hasNonNull(field)).as("field %s", field).isTrue());
        assertThat(manifest.toString()).as("manifest.json is filtered").doesNotContain("${");
        assertThat(manifest.path("component_types")).isNotEmpty()
                .allSatisfy(type -> assertThat(COMPONENT_TYPES).contains(type.asText()));
        assertThat(manifest.at("/owner/username").asText()).as("owner.username").isNotBlank();
        assertThat(manifest.at("/support/provider_name").asText()).as("support.provider_name").isNotBlank();
        assertThat(manifest.at("/support/summary").asText()).as("support.summary").isNotBlank();
        assertThat(manifest.path("license")).isNotEmpty().allSatisfy(license -> {
            assertThat(license.path("name").asText()).isNotBlank();
            assertThat(URI.create(license.path("url").asText()).isAbsolute()).isTrue();
        });
        assertThat(URLS).allSatisfy(url ->
                assertThat(URI.create(manifest.at(url).asText()).isAbsolute()).as("%s is an absolute URL", url).isTrue());
        assertThat(manifest.has("docs_url")).as("docs_url is not a Hub field (documentation_url is)").isFalse();
        if (!types().contains("source") && !types().contains("sink")) {
            assertThat(manifest.at("/features/delivery_guarantee").isMissingNode())
                    .as("delivery_guarantee only on connectors").isTrue();
        }
    }

    /** {@code ${owner}-${name}}: the archive's name before the version, and the plugin's directory. */
    String ownerAndName() {
        return manifest.at("/owner/username").asText() + "-" + manifest.path("name").asText();
    }

    /** {@code ${owner}-${name}-${version}.zip}, as the Hub tools name an archive. */
    String archiveName() {
        return ownerAndName() + "-" + manifest.path("version").asText() + ".zip";
    }

    private Set<String> types() {
        Set<String> types = new TreeSet<>();
        manifest.path("component_types").forEach(type -> types.add(type.asText()));
        return types;
    }
}
