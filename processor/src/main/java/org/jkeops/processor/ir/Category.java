package org.jkeops.processor.ir;

/**
 * Which index a variable depends on: i (rows), j (columns) or neither (a parameter). Declared in
 * the order of KeOps' numeric category in {@code Var(pos, dim, cat)}: 0, 1, 2.
 */
public enum Category {
    I("Vi"),
    J("Vj"),
    P("Pm");

    private final String keops;

    Category(String keops) {
        this.keops = keops;
    }

    /** {@code Vi}, {@code Vj} or {@code Pm}. */
    public String keopsName() {
        return keops;
    }

    /** The category a KeOps variable form or annotation names: {@code Vi}, {@code Vj}, otherwise a parameter. */
    public static Category ofKeopsName(String name) {
        return name.equals("Vi") ? I : name.equals("Vj") ? J : P;
    }
}
