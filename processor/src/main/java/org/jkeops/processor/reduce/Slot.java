package org.jkeops.processor.reduce;

/** A variable of a reduction's state: its Java type ({@code float}, {@code int}, {@code float[]}, ...) and name. */
public record Slot(String type, String name) {
}
