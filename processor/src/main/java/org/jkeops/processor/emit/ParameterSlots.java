package org.jkeops.processor.emit;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * The JVM's limit on a method's parameters (JVMS 4.3.3): 255 slots, {@code this} included for an
 * instance method, a {@code long} or {@code double} taking two. The generated methods add
 * parameters to a kernel's own (the runtime, row ranges, outputs, structure-of-arrays copies),
 * so an interface method within the limit may generate one beyond it, which javac rejects
 * ("too many parameters") in generated code. Measured on the generated methods themselves, so
 * that it follows every change of the emitters; a lambda the generated code passes captures the
 * arguments of the method it calls, so it needs what that method needs.
 */
public final class ParameterSlots {
    /** The most slots a method's parameters may take. */
    public static final int LIMIT = 255;

    private ParameterSlots() {
    }

    /** The slots of the generated method that takes the most, in a class and its nested classes, and its name. */
    public record Widest(int slots, String method) {
    }

    public static Widest widest(TypeSpec type) {
        Widest widest = new Widest(0, "");
        for (MethodSpec m : type.methodSpecs()) {
            int slots = m.modifiers().contains(Modifier.STATIC) ? 0 : 1;
            for (ParameterSpec p : m.parameters()) {
                slots += p.type().equals(TypeName.DOUBLE) || p.type().equals(TypeName.LONG) ? 2 : 1;
            }
            if (slots > widest.slots()) {
                widest = new Widest(slots, type.name() + "." + (m.isConstructor() ? "<init>" : m.name()));
            }
        }
        for (TypeSpec nested : type.typeSpecs()) {
            Widest w = widest(nested);
            if (w.slots() > widest.slots()) {
                widest = new Widest(w.slots(), type.name() + "." + w.method());
            }
        }
        return widest;
    }
}
