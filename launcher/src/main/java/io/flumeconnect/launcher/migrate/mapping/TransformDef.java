package io.flumeconnect.launcher.migrate.mapping;

import java.util.Map;

/** A Single Message Transform for a connector: its alias, class and keys (without the transforms.ALIAS. prefix). */
public record TransformDef(String alias, String type, Map<String, String> config) {
}
