package newsgraph;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs an embedded Neo4j Community DBMS with a Bolt connector on 127.0.0.1 until SIGTERM.
 *
 * <p>Usage: {@code java -cp neo4j/target/classes:neo4j/lib/* newsgraph.Launcher --home DIR --port N --pagecache SIZE}.
 * Prints exactly one line {@code NEO4J READY bolt://127.0.0.1:<port>} on stdout once the default
 * database answers; the Node side (src/db/local-neo4j.ts) waits for that line in the log.
 * Exit codes: 0 after a clean shutdown, 1 when startup fails, 2 on bad arguments.
 */
public final class Launcher {
    private static final String HOST = "127.0.0.1";
    // Recovery after a crash can take a while on a big store; past this something is wrong.
    private static final long DATABASE_WAIT_MS = 300_000;

    private Launcher() {}

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("newsgraph.Launcher: " + e.getMessage());
            System.err.println("usage: newsgraph.Launcher --home DIR --port N --pagecache SIZE (e.g. 256m)");
            System.exit(2);
            return;
        }

        // Neo4j's own bind error is buried in a chain of lifecycle exceptions; say it plainly first.
        if (!portIsFree(options.port)) {
            fail("Bolt port " + HOST + ":" + options.port + " is already in use. Stop whatever listens there "
                    + "or choose another port (NEWSGRAPH_BOLT_PORT).", null);
        }

        DatabaseManagementService service;
        try {
            service = build(options);
        } catch (Throwable e) {
            fail("Neo4j failed to start in " + options.home + ": " + describe(e), e);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(service::shutdown, "newsgraph-neo4j-shutdown"));

        try {
            if (!service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(DATABASE_WAIT_MS)) {
                fail("database '" + GraphDatabaseSettings.DEFAULT_DATABASE_NAME + "' did not become available within "
                        + DATABASE_WAIT_MS / 1000 + " s; see " + options.home.resolve("logs/debug.log"), null);
            }
        } catch (Throwable e) {
            fail("database '" + GraphDatabaseSettings.DEFAULT_DATABASE_NAME + "' failed: " + describe(e), e);
        }
        // The Bolt extension is picked up from the classpath; without it the DBMS starts silently with no
        // connector, so prove the port answers before announcing it.
        if (!portAnswers(options.port)) {
            fail("the DBMS started but nothing listens on " + HOST + ":" + options.port
                    + " (is neo4j-bolt missing from neo4j/lib?)", null);
        }

        System.out.println("NEO4J READY bolt://" + HOST + ":" + options.port);
        System.out.flush();

        // Non-daemon wait: the JVM lives until SIGTERM/SIGINT runs the shutdown hook.
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static DatabaseManagementService build(Options o) {
        return new DatabaseManagementServiceBuilder(o.home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, o.port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // Loopback only, a single local user: a password would only be one more thing to configure.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, o.pageCacheBytes)
                // Transaction logs are preallocated per file; small files and a size cap keep a dev/test
                // store from growing by gigabytes of logs (defaults: 256M files, kept for 2 days).
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(32))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "128M size")
                // The machine is offline and the data is private: no usage reports.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Netty waits a 5 s quiet period per event loop group on shutdown (~10 s per stop, paid
                // twice by every test run); nothing is left to drain once the databases are closed.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean portAnswers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getByName(HOST), port), 5_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The whole cause chain on one line: the useful message is usually the innermost. */
    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (text.length() > 0) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return text.toString();
    }

    private static void fail(String message, Throwable cause) {
        System.err.println("newsgraph.Launcher: " + message);
        if (cause != null) {
            cause.printStackTrace(System.err);
        }
        System.err.flush();
        // halt, not exit: a half-started DBMS may hold non-daemon threads that would keep the JVM alive.
        Runtime.getRuntime().halt(1);
    }

    /** Parsed command line. */
    private static final class Options {
        Path home;
        int port = -1;
        long pageCacheBytes = -1;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String flag = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value after " + flag);
                }
                String value = args[++i];
                switch (flag) {
                    case "--home" -> o.home = Path.of(value).toAbsolutePath().normalize();
                    case "--port" -> o.port = parsePort(value);
                    case "--pagecache" -> o.pageCacheBytes = parseSize(value);
                    default -> throw new IllegalArgumentException("unknown flag " + flag);
                }
            }
            if (o.home == null || o.port < 0 || o.pageCacheBytes < 0) {
                throw new IllegalArgumentException("--home, --port and --pagecache are all required");
            }
            return o;
        }

        private static int parsePort(String value) {
            try {
                int port = Integer.parseInt(value);
                if (port >= 1 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new IllegalArgumentException("--port must be 1-65535, got '" + value + "'");
        }

        private static long parseSize(String value) {
            try {
                return ByteUnit.parse(value);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("--pagecache must be a size like 256m or 1g, got '" + value + "'");
            }
        }
    }
}
