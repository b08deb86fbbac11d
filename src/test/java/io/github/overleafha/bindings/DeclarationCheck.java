package io.github.overleafha.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.CustomType;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.Import;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.ResourceArgs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Compares a hand-written binding with the Node.js SDK that Pulumi publishes for the same provider version, kept in
 * {@code src/test/resources/declarations/<package>-<version>}. The mock engine accepts any property name, so only
 * this catches a name the provider does not know before {@code pulumi up} does.
 *
 * <p>It checks the {@code @ResourceType} token against the SDK's {@code __pulumiType}, and each {@code @Import} of
 * the args class and each {@code @Export} of the resource class against the {@code <Resource>Args} interface and
 * the resource class of the {@code .d.ts}: the name must be declared, with the same shape (scalar type, list, map,
 * or nested type). Nested args and output classes are checked in turn against the interface of that property in
 * {@code types/input.d.ts} or {@code types/output.d.ts}. Inputs must also agree on being required.
 */
final class DeclarationCheck {

    /** A member of an interface or class body in a .d.ts: four spaces of indent, then {@code name?: type}. */
    private static final Pattern MEMBER = Pattern.compile("^ {4}(?:readonly )?(\\w+)(\\??): (.*)$");
    private static final Pattern PULUMI_TYPE = Pattern.compile("static __pulumiType = '([^']+)';");
    private static final Pattern SECRET_OUTPUTS = Pattern.compile("additionalSecretOutputs: \\[([^]]*)]");

    private record Declared(boolean required, String type) {
    }

    private record Bound(String name, Type type, boolean required) {
    }

    private final String folder;

    /** @param folder a folder under {@code declarations/}, named {@code <package>-<version>} */
    DeclarationCheck(String folder) {
        this.folder = folder;
    }

    String version() {
        return folder.substring(folder.lastIndexOf('-') + 1);
    }

    /**
     * @param resource a class annotated with {@code @ResourceType}, whose {@code @Export} fields are its outputs
     * @param args     the class of its inputs, with {@code @Import} fields
     * @return what does not match the declarations; empty when all does
     */
    List<String> problems(Class<?> resource, Class<?> args) {
        var resourceType = resource.getAnnotation(ResourceType.class);
        if (resourceType == null) {
            return List.of(resource.getName() + ": no @ResourceType");
        }
        var token = resourceType.type();
        var module = module(token);
        var className = token.substring(token.lastIndexOf(':') + 1);
        var js = read(module + ".js");
        if (js.isEmpty()) {
            return List.of(String.format("%s: no %s.js in declarations/%s", token, module, folder));
        }
        var problems = new ArrayList<String>();
        var declaredToken = PULUMI_TYPE.matcher(js.get()).results().map(m -> m.group(1)).findFirst().orElse("none");
        if (!declaredToken.equals(token)) {
            problems.add(String.format("%s: %s.js declares the type token %s", token, module, declaredToken));
        }
        var dts = module + ".d.ts";
        compare(dts, "export declare class " + className + " extends", outputs(resource), false, problems);
        compare(dts, "export interface " + className + "Args {", inputs(args), true, problems);
        return problems;
    }

    /** The outputs the published SDK registers as secret for the resource with this type token. */
    List<String> secretOutputs(String token) {
        var js = read(module(token) + ".js").orElseThrow();
        return SECRET_OUTPUTS.matcher(js).results()
                .flatMap(m -> Arrays.stream(m.group(1).split(",")))
                .map(name -> name.strip().replace("\"", ""))
                .toList();
    }

    private void compare(String file, String header, List<Bound> bound, boolean checkRequired, List<String> problems) {
        var where = file + ": " + header.replaceAll("^export (declare )?| extends$| \\{$", "");
        var declared = members(file, header);
        if (declared.isEmpty()) {
            problems.add(where + ": not found");
            return;
        }
        for (var property : bound) {
            var declaration = declared.get().get(property.name());
            if (declaration == null) {
                problems.add(String.format("%s: no property %s (declared: %s)",
                        where, property.name(), declared.get().keySet()));
                continue;
            }
            var shape = shape(property.type());
            if (!shape.equals(declaration.type())) {
                problems.add(String.format("%s: %s is declared as %s but bound as %s",
                        where, property.name(), declaration.type(), shape));
                continue;
            }
            if (checkRequired && declaration.required() != property.required()) {
                problems.add(String.format("%s: %s is %s but bound as %s", where, property.name(),
                        declaration.required() ? "required" : "optional",
                        property.required() ? "required" : "optional"));
            }
            nestedClass(property.type()).ifPresent(nested -> {
                var isInput = ResourceArgs.class.isAssignableFrom(nested);
                var interfaceHeader = "export interface " + tsTypeName(nested) + " {";
                compare(isInput ? "types/input.d.ts" : "types/output.d.ts", interfaceHeader,
                        isInput ? inputs(nested) : outputs(nested), isInput, problems);
            });
        }
        if (checkRequired) {
            declared.get().forEach((name, declaration) -> {
                if (declaration.required() && bound.stream().noneMatch(b -> b.name().equals(name))) {
                    problems.add(where + ": required " + name + " is not bound");
                }
            });
        }
    }

    /** The members of the body that starts at the line beginning with header, by name. */
    private Optional<Map<String, Declared>> members(String file, String header) {
        var lines = read(file).map(source -> source.lines().toList()).orElse(List.of());
        var start = lines.stream().filter(line -> line.startsWith(header)).findFirst().map(lines::indexOf);
        if (start.isEmpty()) {
            return Optional.empty();
        }
        var members = new LinkedHashMap<String, Declared>();
        for (var i = start.get() + 1; !lines.get(i).equals("}"); i++) {
            var member = MEMBER.matcher(lines.get(i));
            if (!member.matches()) {
                continue;
            }
            // A type such as a map spans lines; it ends at a semicolon outside braces.
            var type = new StringBuilder(member.group(3));
            while (!type.toString().endsWith(";") || count(type, '{') != count(type, '}')) {
                type.append(lines.get(++i));
            }
            members.put(member.group(1), new Declared(member.group(2).isEmpty(), normalize(type.toString())));
        }
        return Optional.of(members);
    }

    /**
     * The declared type without what does not matter here: the Input/Output wrappers, optionality and whitespace,
     * e.g. {@code pulumi.Input<pulumi.Input<inputs.DatabaseUserRole>[]>} becomes {@code inputs.DatabaseUserRole[]}.
     */
    private static String normalize(String type) {
        return type.replace("pulumi.Input<", "")
                .replace("pulumi.Output<", "")
                .replace("| undefined", "")
                .replaceAll("[\\s>;]", "");
    }

    /** A Java property type written the way {@link #normalize} leaves a declared type. */
    private static String shape(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            var raw = parameterized.getRawType();
            var arguments = parameterized.getActualTypeArguments();
            if (raw == Output.class) {
                return shape(arguments[0]);
            }
            if (raw == List.class) {
                return shape(arguments[0]) + "[]";
            }
            if (raw == Map.class && arguments[0] == String.class) {
                return "{[key:string]:" + shape(arguments[1]) + "}";
            }
        }
        if (type == String.class) {
            return "string";
        }
        if (type == Integer.class || type == Double.class) {
            return "number";
        }
        if (type == Boolean.class) {
            return "boolean";
        }
        if (type instanceof Class<?> nested && ResourceArgs.class.isAssignableFrom(nested)) {
            return "inputs." + tsTypeName(nested);
        }
        if (type instanceof Class<?> nested && nested.isAnnotationPresent(CustomType.class)) {
            return "outputs." + tsTypeName(nested);
        }
        return "unsupported " + type.getTypeName();
    }

    /** The Java SDK's naming: a nested input type X is the class XArgs, a nested output type X the class X. */
    private static String tsTypeName(Class<?> nested) {
        var name = nested.getSimpleName();
        return ResourceArgs.class.isAssignableFrom(nested) ? name.substring(0, name.length() - "Args".length()) : name;
    }

    private static Optional<Class<?>> nestedClass(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            var arguments = parameterized.getActualTypeArguments();
            return nestedClass(arguments[arguments.length - 1]);
        }
        return Optional.of(type)
                .filter(Class.class::isInstance)
                .<Class<?>>map(Class.class::cast)
                .filter(c -> ResourceArgs.class.isAssignableFrom(c) || c.isAnnotationPresent(CustomType.class));
    }

    private static List<Bound> inputs(Class<?> args) {
        return Arrays.stream(args.getDeclaredFields())
                .filter(field -> field.isAnnotationPresent(Import.class))
                .map(field -> {
                    var annotation = field.getAnnotation(Import.class);
                    return new Bound(nameOr(annotation.name(), field), field.getGenericType(), annotation.required());
                })
                .toList();
    }

    /** A resource's {@code @Export} fields, or the {@code @CustomType.Setter}s an output type is filled by. */
    private static List<Bound> outputs(Class<?> type) {
        if (!type.isAnnotationPresent(CustomType.class)) {
            return Arrays.stream(type.getDeclaredFields())
                    .filter(field -> field.isAnnotationPresent(Export.class))
                    .map(field -> new Bound(
                            nameOr(field.getAnnotation(Export.class).name(), field), field.getGenericType(), false))
                    .toList();
        }
        return Arrays.stream(type.getDeclaredClasses())
                .filter(c -> c.isAnnotationPresent(CustomType.Builder.class))
                .flatMap(builder -> Arrays.stream(builder.getDeclaredMethods()))
                .filter(method -> method.isAnnotationPresent(CustomType.Setter.class))
                .map(setter -> new Bound(setterName(setter), setter.getGenericParameterTypes()[0], false))
                .toList();
    }

    /** The SDK's rule: an empty annotation name means the field's own name. */
    private static String nameOr(String annotated, Field field) {
        return annotated.isEmpty() ? field.getName() : annotated;
    }

    private static String setterName(Method setter) {
        var annotated = setter.getAnnotation(CustomType.Setter.class).value();
        return annotated.isEmpty() ? setter.getName() : annotated;
    }

    /** {@code random:index/randomPassword:RandomPassword} is declared in randomPassword.js and .d.ts. */
    private static String module(String token) {
        var middle = token.split(":")[1];
        return middle.substring(middle.indexOf('/') + 1);
    }

    private static long count(CharSequence text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }

    private Optional<String> read(String file) {
        try (InputStream in = DeclarationCheck.class.getResourceAsStream("/declarations/" + folder + "/" + file)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
