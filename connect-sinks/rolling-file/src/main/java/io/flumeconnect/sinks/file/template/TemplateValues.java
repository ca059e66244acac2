package io.flumeconnect.sinks.file.template;

/**
 * What a {@link PathTemplate} reads from one record. Values returned here come from the record and are
 * sanitised by the template before they become part of a path.
 */
public interface TemplateValues {
    String topic();

    Integer partition();

    /** The header's value as text, or {@code null} when the record has no such header. */
    String header(String name);

    /** A field of the record value (dotted path into a Struct or Map), or {@code null} when absent. */
    Object field(String path);

    /**
     * The event time in epoch milliseconds, from the configured time source.
     *
     * @throws org.apache.kafka.connect.errors.DataException when the record carries no usable time
     */
    long timestampMillis();
}
