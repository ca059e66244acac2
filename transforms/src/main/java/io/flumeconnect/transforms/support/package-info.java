/**
 * What the transforms share: where in a record a text is read and written ({@link
 * io.flumeconnect.transforms.support.Location}, {@link io.flumeconnect.transforms.support.FieldPath}), errors
 * that name the transform ({@link io.flumeconnect.transforms.support.Requirements}), the records in/out/dropped/
 * errors counters ({@link io.flumeconnect.transforms.support.TransformCounters}) and config validators.
 */
package io.flumeconnect.transforms.support;
