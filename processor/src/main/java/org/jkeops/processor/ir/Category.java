package org.jkeops.processor.ir;

/** Which index a variable depends on: i (rows), j (columns) or neither (a parameter). */
public enum Category {
    I("Vi", 0),
    J("Vj", 1),
    P("Pm", 2);

    private final String keops;
    private final int code;

    Category(String keops, int code) {
        this.keops = keops;
        this.code = code;
    }

    /** {@code Vi}, {@code Vj} or {@code Pm}. */
    public String keopsName() {
        return keops;
    }

    /** KeOps' numeric category in {@code Var(pos, dim, cat)}: 0, 1 or 2. */
    public int code() {
        return code;
    }

    public static Category ofCode(int code) {
        for (Category c : values()) {
            if (c.code == code) {
                return c;
            }
        }
        throw new IllegalArgumentException("category " + code);
    }
}
