package org.jkeops.processor.body;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import org.jkeops.annotations.Formulas;

/**
 * The type a call or a qualifier in a formula body belongs to, found by Java's scoping rules
 * (JLS 6.4.1, 7.5, 15.12.1) over the interface, the types around it and the compilation unit's
 * imports. javac attributes method bodies only after annotation processors have run, so the
 * tree of {@code exp(t)} cannot say yet whether javac will bind it to {@code Formulas.exp} or to
 * a user's {@code import static u.Util.exp}; guessing by spelling compiled the user's method as
 * the jkeops function, a silently wrong kernel. A name this class cannot bind to
 * {@code java.lang.Math}, {@code java.lang.StrictMath} or {@link Formulas} is {@link Owner#OTHER},
 * which the translator reports (JK303 / JK305).
 */
final class CallOwners {
    /** What a formula body may call or read: the library, java.lang.Math (or StrictMath), or anything else. */
    enum Owner { FORMULAS, MATH, OTHER }

    /** An owner and, for messages, the qualified name of the type it was bound to (null when none). */
    record Binding(Owner owner, String type) {
        static final Binding NONE = new Binding(Owner.OTHER, null);
    }

    private static final String FORMULAS_TYPE = Formulas.class.getCanonicalName();
    private static final Set<String> MATH_TYPES = Set.of("java.lang.Math", "java.lang.StrictMath");

    private final Elements elements;
    private final CompilationUnitTree unit;
    private final TypeElement iface;

    CallOwners(Elements elements, CompilationUnitTree unit, TypeElement iface) {
        this.elements = elements;
        this.unit = unit;
        this.iface = iface;
    }

    /** The owner of the unqualified call {@code name(...)}. */
    Binding ofCall(String name) {
        // A method of that name in the interface or a type around it hides every import (15.12.1);
        // the message needs no type then: the reader sees the method beside the kernel.
        for (Element t = iface; t instanceof TypeElement type; t = t.getEnclosingElement()) {
            boolean declares = ElementFilter.methodsIn(elements.getAllMembers(type)).stream()
                    .anyMatch(m -> m.getSimpleName().contentEquals(name));
            if (declares) {
                return Binding.NONE;
            }
        }
        // Then single-static imports shadow static-import-on-demand ones (6.4.1).
        List<String> single = new ArrayList<>();
        List<String> onDemand = new ArrayList<>();
        for (ImportTree imp : unit.getImports()) {
            if (imp.isStatic() && imp.getQualifiedIdentifier() instanceof MemberSelectTree s) {
                String member = s.getIdentifier().toString();
                if (member.equals(name)) {
                    single.add(s.getExpression().toString());
                } else if (member.equals("*")) {
                    onDemand.add(s.getExpression().toString());
                }
            }
        }
        Set<String> owners = typesWithStaticMethod(single, name);
        if (owners.isEmpty()) {
            owners = typesWithStaticMethod(onDemand, name);
        }
        return agreed(owners, name);
    }

    /**
     * The owner of the qualifier {@code Math} in {@code Math.exp(t)} or {@code Math.PI}: a simple
     * or dotted type name, resolved as javac resolves a type name in that scope. The caller has
     * already ruled out parameters and local variables of that name.
     */
    Binding ofQualifier(String spelled) {
        String[] parts = spelled.split("\\.");
        TypeElement type = simpleType(parts[0]);
        int next = 1;
        if (type == null && !fieldInScope(parts[0])) {
            // a fully qualified name: the longest package prefix that names a type
            for (int k = parts.length; k >= 2 && type == null; k--) {
                type = elements.getTypeElement(String.join(".", List.of(parts).subList(0, k)));
                next = k;
            }
        }
        for (; type != null && next < parts.length; next++) {
            String member = parts[next];
            type = ElementFilter.typesIn(elements.getAllMembers(type)).stream()
                    .filter(t -> t.getSimpleName().contentEquals(member)).findFirst().orElse(null);
        }
        return type == null ? Binding.NONE : classify(type.getQualifiedName().toString());
    }

    /**
     * The type a simple type name denotes (6.4.1): member types of the interface and the types
     * around it, then single-type imports, then the package's types, then on-demand imports and
     * java.lang (null when none, when ambiguous, or when a field of that name is in scope, since
     * {@code Math.exp} then reads the field).
     */
    private TypeElement simpleType(String name) {
        if (fieldInScope(name)) {
            return null;
        }
        for (Element t = iface; t instanceof TypeElement type; t = t.getEnclosingElement()) {
            for (TypeElement member : ElementFilter.typesIn(elements.getAllMembers(type))) {
                if (member.getSimpleName().contentEquals(name)) {
                    return member;
                }
            }
        }
        List<String> onDemand = new ArrayList<>();
        for (ImportTree imp : unit.getImports()) {
            if (imp.getQualifiedIdentifier() instanceof MemberSelectTree s) {
                String member = s.getIdentifier().toString();
                String qualifier = s.getExpression().toString();
                if (member.equals(name)) {
                    TypeElement t = elements.getTypeElement(qualifier + "." + name);
                    if (t != null) {
                        return t;
                    }
                } else if (member.equals("*")) {
                    onDemand.add(qualifier);
                }
            }
        }
        String pkg = elements.getPackageOf(iface).getQualifiedName().toString();
        TypeElement own = elements.getTypeElement(pkg.isEmpty() ? name : pkg + "." + name);
        if (own != null) {
            return own;
        }
        onDemand.add("java.lang");
        Set<TypeElement> found = new LinkedHashSet<>();
        for (String q : onDemand) {
            TypeElement t = elements.getTypeElement(q + "." + name);
            if (t != null) {
                found.add(t);
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** Whether a field of that name is a member of the interface or of a type around it. */
    private boolean fieldInScope(String name) {
        for (Element t = iface; t instanceof TypeElement type; t = t.getEnclosingElement()) {
            if (ElementFilter.fieldsIn(elements.getAllMembers(type)).stream()
                    .anyMatch(f -> f.getSimpleName().contentEquals(name))) {
                return true;
            }
        }
        return false;
    }

    private Set<String> typesWithStaticMethod(List<String> types, String name) {
        Set<String> owners = new LinkedHashSet<>();
        for (String q : types) {
            TypeElement t = elements.getTypeElement(q);
            if (t == null) {
                owners.add(q); // javac reports the import; not a formula function either way
            } else if (ElementFilter.methodsIn(elements.getAllMembers(t)).stream()
                    .anyMatch(m -> m.getSimpleName().contentEquals(name) && m.getModifiers().contains(Modifier.STATIC)
                            && m.getKind() == ElementKind.METHOD)) {
                owners.add(t.getQualifiedName().toString());
            }
        }
        return owners;
    }

    /**
     * One owner when every type that offers the name is the library or Math with the same
     * meaning ({@code exp} from both {@code Formulas.*} and {@code Math.*}); otherwise OTHER.
     */
    private static Binding agreed(Set<String> owners, String name) {
        if (owners.isEmpty()) {
            return Binding.NONE;
        }
        Binding first = null;
        for (String o : owners) {
            Binding b = classify(o);
            if (b.owner() == Owner.OTHER) {
                return new Binding(Owner.OTHER, o + "." + name);
            }
            if (first != null && first.owner() != b.owner()) {
                String viaMath = BodyTranslator.MATH.get(name);
                if (viaMath == null || !viaMath.equals(BodyTranslator.FORMULAS.get(name))) {
                    return new Binding(Owner.OTHER, String.join(" / ", owners));
                }
            }
            first = first == null ? b : first;
        }
        return first;
    }

    private static Binding classify(String qualified) {
        if (qualified == null) {
            return Binding.NONE;
        }
        if (qualified.equals(FORMULAS_TYPE)) {
            return new Binding(Owner.FORMULAS, qualified);
        }
        return new Binding(MATH_TYPES.contains(qualified) ? Owner.MATH : Owner.OTHER, qualified);
    }
}
