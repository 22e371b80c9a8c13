package org.ecozoning.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

class ServiceRegistryPatcherTest {

    private static final Path THIS_JDK = Path.of(System.getProperty("java.home"));

    /** A category that is not an ImageIO SPI, like Geotoolkit's factory interfaces. */
    interface NotAnImageIoSpi {
    }

    @Test
    void patchedRegistryAcceptsNonImageIoCategoriesWhereTheOriginalRefuses() throws Exception {
        byte[] original = ServiceRegistryPatcher.readFromJdk(THIS_JDK);
        byte[] patched = ServiceRegistryPatcher.patch(original);

        // The original (JDK) class refuses the category, as the old suites experience it.
        assertThatThrownBy(() -> newRegistry(javax.imageio.spi.ServiceRegistry.class))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);

        // The patched class, defined in a throwaway loader (javax.* may be defined outside the JDK), accepts it.
        Class<?> patchedClass = new IsolatingLoader(patched).loadClass("javax.imageio.spi.ServiceRegistry");
        assertThat(patchedClass.getClassLoader()).isInstanceOf(IsolatingLoader.class);
        Object registry = newRegistry(patchedClass);
        Method categories = patchedClass.getMethod("getCategories");
        Iterator<?> it = (Iterator<?>) categories.invoke(registry);
        assertThat(it.next()).isEqualTo(NotAnImageIoSpi.class);

        // lookupProviders no longer refuses a non-ImageIO service type; with no provider registered it finds none.
        Method originalLookup = javax.imageio.spi.ServiceRegistry.class.getMethod("lookupProviders", Class.class,
                ClassLoader.class);
        assertThatThrownBy(() -> originalLookup.invoke(null, Runnable.class, getClass().getClassLoader()))
                .hasCauseInstanceOf(IllegalArgumentException.class);
        Method lookup = patchedClass.getMethod("lookupProviders", Class.class, ClassLoader.class);
        Iterator<?> providers = (Iterator<?>) lookup.invoke(null, Runnable.class, getClass().getClassLoader());
        assertThat(providers.hasNext()).isFalse();
        // and still rejects null like the original
        assertThatThrownBy(() -> lookup.invoke(null, null, null))
                .isInstanceOf(InvocationTargetException.class).hasCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bytecodeShowsANoOpCheckAndAddUsesInBothLookups() throws IOException {
        byte[] patched = ServiceRegistryPatcher.patch(ServiceRegistryPatcher.readFromJdk(THIS_JDK));
        List<String> lookupCalls = new ArrayList<>();
        int[] checkInstructions = {0};
        new ClassReader(patched).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] exc) {
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitInsn(int opcode) {
                        if (name.equals("checkClassAllowed")) {
                            checkInstructions[0]++;
                        }
                    }

                    @Override
                    public void visitMethodInsn(int op, String owner, String mName, String mDesc, boolean itf) {
                        if (name.equals("checkClassAllowed")) {
                            checkInstructions[0]++;
                        }
                        if (name.equals("lookupProviders")) {
                            lookupCalls.add(owner + "." + mName);
                        }
                    }
                };
            }
        }, 0);
        assertThat(checkInstructions[0]).as("checkClassAllowed is a bare RETURN").isEqualTo(1);
        assertThat(lookupCalls).filteredOn(c -> c.equals("java/lang/Module.addUses")).hasSize(2);
        assertThat(lookupCalls).doesNotContain("javax/imageio/spi/ServiceRegistry.checkClassAllowed");
    }

    @Test
    void writesTheClassWherePatchModuleExpectsIt(@TempDir Path dir) throws IOException {
        Path out = ServiceRegistryPatcher.patchJdk(THIS_JDK, dir.resolve("patch"));
        Path cls = out.resolve("javax/imageio/spi/ServiceRegistry.class");
        assertThat(cls).isRegularFile();
        assertThat(new ClassReader(Files.readAllBytes(cls)).getClassName()).isEqualTo("javax/imageio/spi/ServiceRegistry");
    }

    @Test
    void readsTheClassOfAnotherJdk(@TempDir Path dir) throws IOException {
        Path jdk17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");
        Assumptions.assumeTrue(Files.isRegularFile(jdk17.resolve("lib/modules")) && !jdk17.equals(THIS_JDK),
                "needs a second JDK at " + jdk17);
        Path out = ServiceRegistryPatcher.patchJdk(jdk17, dir);
        int major = new ClassReader(Files.readAllBytes(out.resolve(ServiceRegistryPatcher.CLASS_ENTRY))).readShort(6);
        assertThat(major).isEqualTo(61); // Java 17 class file
    }

    @Test
    void refusesOtherClassesAndNonJdkFolders(@TempDir Path dir) throws IOException {
        byte[] other = getClass().getResourceAsStream("ServiceRegistryPatcherTest.class").readAllBytes();
        assertThatThrownBy(() -> ServiceRegistryPatcher.patch(other)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServiceRegistryPatcher.patchJdk(dir, dir.resolve("out")))
                .isInstanceOf(IOException.class).hasMessageContaining("lib/modules");
    }

    private static Object newRegistry(Class<?> registryClass) throws Exception {
        Constructor<?> c = registryClass.getConstructor(Iterator.class);
        return c.newInstance(List.<Class<?>>of(NotAnImageIoSpi.class).iterator());
    }

    /**
     * Defines the package {@code javax.imageio.spi} itself (the given bytes for ServiceRegistry, the JDK's for
     * its package-private helpers, which must share its runtime package); everything else comes from the parent.
     */
    private static final class IsolatingLoader extends ClassLoader {
        private static final String PACKAGE = "javax.imageio.spi.";
        private final byte[] registry;

        IsolatingLoader(byte[] registry) {
            super(ServiceRegistryPatcherTest.class.getClassLoader());
            this.registry = registry;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(PACKAGE) || name.substring(PACKAGE.length()).contains(".")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c != null) {
                    return c;
                }
                byte[] bytes = name.equals("javax.imageio.spi.ServiceRegistry") ? registry : jdkBytes(name);
                return defineClass(name, bytes, 0, bytes.length);
            }
        }

        private static byte[] jdkBytes(String name) throws ClassNotFoundException {
            FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
            try {
                return Files.readAllBytes(jrt.getPath("modules", "java.desktop", name.replace('.', '/') + ".class"));
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }
    }
}
