package org.jkeops.annotations;

/** The two indices of a kernel matrix: i (rows, {@link Vi}) and j (columns, {@link Vj}). */
public enum Index {
    I,
    J
}
