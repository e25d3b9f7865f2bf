package id.zi.testkit.infra;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Main class of the s3proxy child process: exits when the test JVM that started it is gone, so a test run
 * killed without shutdown hooks (surefire timeout, {@code kill -9}) leaves no S3 server behind. Runs with only
 * this class and the s3proxy jar on its class path, hence reflection and nothing but the JDK.
 */
final class S3ProxyLauncher {

    private S3ProxyLauncher() {
    }

    /** {@code <parent pid> <s3proxy arguments...>}. */
    public static void main(String[] args) throws Exception {
        long parentPid = Long.parseLong(args[0]);
        ProcessHandle.of(parentPid)
                .orElseThrow(() -> new IllegalStateException("test JVM " + parentPid + " is already gone"))
                .onExit()
                .thenRun(() -> Runtime.getRuntime().halt(0));
        Method main = Class.forName("org.gaul.s3proxy.Main").getMethod("main", String[].class);
        main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
    }
}
