package org.ecozoning.conformance;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Rewrites {@code javax.imageio.spi.ServiceRegistry} of a given JDK so that the 2016 Geotoolkit code inside
 * the OGC suites can use it again: since Java 9 the registry refuses non-ImageIO categories
 * ({@code checkClassAllowed}) and {@code ServiceLoader} refuses services that {@code java.desktop} does not
 * declare ({@code uses}). The patched class is written to {@code OUT/javax/imageio/spi/} and given to the
 * suite's JVM as {@code --patch-module java.desktop=OUT}.
 *
 * <p>Changes: {@code checkClassAllowed} becomes a no-op; in both {@code lookupProviders} overloads the call
 * to {@code checkClassAllowed(cls)} (made right after the null check) becomes
 * {@code ServiceRegistry.class.getModule().addUses(cls)}. Nothing else is touched.
 */
public final class ServiceRegistryPatcher {

    static final String CLASS_ENTRY = "javax/imageio/spi/ServiceRegistry.class";
    private static final String OWNER = "javax/imageio/spi/ServiceRegistry";
    private static final String CHECK = "checkClassAllowed";
    private static final String CHECK_DESC = "(Ljava/lang/Class;)V";

    private ServiceRegistryPatcher() {
    }

    /**
     * Reads {@code ServiceRegistry} from the {@code java.desktop} module of the JDK at {@code javaHome},
     * patches it and writes it under {@code outDir}.
     *
     * @return {@code outDir}, ready for {@code --patch-module java.desktop=outDir}
     */
    public static Path patchJdk(Path javaHome, Path outDir) throws IOException {
        byte[] original = readFromJdk(javaHome);
        byte[] patched = patch(original);
        Path target = outDir.resolve(CLASS_ENTRY);
        Files.createDirectories(target.getParent());
        Files.write(target, patched);
        return outDir;
    }

    static byte[] readFromJdk(Path javaHome) throws IOException {
        Path home = javaHome.toAbsolutePath().normalize();
        if (!Files.isRegularFile(home.resolve("lib/modules"))) {
            throw new IOException("不是 JDK 9+ 目录（缺 lib/modules）/ not a JDK 9+ home (no lib/modules): " + home);
        }
        Path current = Path.of(System.getProperty("java.home")).toAbsolutePath().normalize();
        if (home.equals(current)) {
            FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
            return Files.readAllBytes(jrt.getPath("modules", "java.desktop", CLASS_ENTRY));
        }
        try (FileSystem jrt = FileSystems.newFileSystem(URI.create("jrt:/"), Map.of("java.home", home.toString()))) {
            return Files.readAllBytes(jrt.getPath("modules", "java.desktop", CLASS_ENTRY));
        }
    }

    /** Patches the given class bytes; fails when the class does not have the expected shape. */
    public static byte[] patch(byte[] original) {
        ClassReader reader = new ClassReader(original);
        if (!OWNER.equals(reader.getClassName())) {
            throw new IllegalArgumentException("不是 ServiceRegistry / not ServiceRegistry: " + reader.getClassName());
        }
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        PatchingVisitor visitor = new PatchingVisitor(writer);
        reader.accept(visitor, 0);
        if (!visitor.checkReplaced) {
            throw new IllegalStateException("ServiceRegistry 中没有 checkClassAllowed / no checkClassAllowed found");
        }
        if (visitor.lookupCallsReplaced != 2) {
            throw new IllegalStateException("lookupProviders 的形状与预期不符 / unexpected lookupProviders shape: replaced "
                    + visitor.lookupCallsReplaced + " calls, expected 2");
        }
        return writer.toByteArray();
    }

    private static final class PatchingVisitor extends ClassVisitor {
        boolean checkReplaced;
        int lookupCallsReplaced;

        PatchingVisitor(ClassVisitor next) {
            super(Opcodes.ASM9, next);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
            if (CHECK.equals(name) && CHECK_DESC.equals(descriptor)) {
                // Emit a body that just returns, and drop the original one.
                mv.visitCode();
                mv.visitInsn(Opcodes.RETURN);
                mv.visitMaxs(0, 1);
                mv.visitEnd();
                checkReplaced = true;
                return null;
            }
            if ("lookupProviders".equals(name)) {
                return new MethodVisitor(Opcodes.ASM9, mv) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String mName, String mDesc, boolean itf) {
                        if (opcode == Opcodes.INVOKESTATIC && OWNER.equals(owner) && CHECK.equals(mName)
                                && CHECK_DESC.equals(mDesc)) {
                            // stack: cls -> ServiceRegistry.class.getModule().addUses(cls); (result dropped)
                            super.visitLdcInsn(Type.getObjectType(OWNER));
                            super.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Class", "getModule",
                                    "()Ljava/lang/Module;", false);
                            super.visitInsn(Opcodes.SWAP);
                            super.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Module", "addUses",
                                    "(Ljava/lang/Class;)Ljava/lang/Module;", false);
                            super.visitInsn(Opcodes.POP);
                            lookupCallsReplaced++;
                        } else {
                            super.visitMethodInsn(opcode, owner, mName, mDesc, itf);
                        }
                    }
                };
            }
            return mv;
        }
    }
}
