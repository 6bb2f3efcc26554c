package app.contactshield.callerid.telephony;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.Struct;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.annotations.Position;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBus;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.UInt64;
import org.freedesktop.dbus.types.Variant;

/**
 * python3-dbusmock's {@code ofono} template on a private bus, driven through dbusmock's own control interface
 * ({@code org.freedesktop.DBus.Mock}): incoming calls are added with {@code AddObject} and announced with
 * {@code EmitSignal}, as oFono would announce them.
 */
public final class OfonoMock implements AutoCloseable {

    static final String MODEM = "/ril_0";
    static final String PIPEWIRE_NAME = "org.freedesktop.PipeWire.Telephony";
    static final String PIPEWIRE_MANAGER = "/org/freedesktop/PipeWire/Telephony";
    static final String PIPEWIRE_AG = PIPEWIRE_MANAGER + "/ag0";
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final String CALL_INTERFACE = "org.ofono.VoiceCall";
    private static final String MANAGER_INTERFACE = "org.ofono.VoiceCallManager";

    private final Process process;
    private final DBusConnection control;
    private final String busName;
    private final String mainPath;
    private final String modemPath;

    /** dbusmock's control interface. */
    @DBusInterfaceName("org.freedesktop.DBus.Mock")
    public interface Mock extends DBusInterface {
        void AddObject(String path, String iface, Map<String, Variant<?>> properties, List<MethodSpec> methods);

        void RemoveObject(String path);

        void EmitSignal(String iface, String name, String signature, List<Variant<?>> args);

        void UpdateProperties(String iface, Map<String, Variant<?>> properties);

        List<LoggedCall> GetMethodCalls(String method);

        void AddMethod(String iface, String name, String inSignature, String outSignature, String code);

        void ClearCalls();

        String AddModem(String name, Map<String, Variant<?>> properties);
    }

    /** A method for AddObject: name, in signature, out signature, python code. */
    public static final class MethodSpec extends Struct {
        @Position(0)
        private final String name;
        @Position(1)
        private final String inSignature;
        @Position(2)
        private final String outSignature;
        @Position(3)
        private final String code;

        public MethodSpec(String name, String inSignature, String outSignature, String code) {
            this.name = name;
            this.inSignature = inSignature;
            this.outSignature = outSignature;
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public String getInSignature() {
            return inSignature;
        }

        public String getOutSignature() {
            return outSignature;
        }

        public String getCode() {
            return code;
        }
    }

    /** One logged call: when, and its arguments. */
    public static final class LoggedCall extends Struct {
        @Position(0)
        private final UInt64 time;
        @Position(1)
        private final List<Variant<?>> args;

        public LoggedCall(UInt64 time, List<Variant<?>> args) {
            this.time = time;
            this.args = args;
        }

        public UInt64 getTime() {
            return time;
        }

        public List<Variant<?>> getArgs() {
            return args;
        }
    }

    private OfonoMock(Process process, DBusConnection control, String busName, String mainPath, String modemPath) {
        this.process = process;
        this.control = control;
        this.busName = busName;
        this.mainPath = mainPath;
        this.modemPath = modemPath;
    }

    /** Whether python3-dbusmock's ofono template is installed for the system python. */
    public static boolean available() {
        return Files.isExecutable(PYTHON)
                && Files.isRegularFile(Path.of("/usr/lib/python3/dist-packages/dbusmock/templates/ofono.py"));
    }

    public static String missingMessage() {
        return "python3-dbusmock (apt package python3-dbusmock, for /usr/bin/python3) is not installed: skipped";
    }

    /** Starts the template on the bus (as its "system bus") and waits until it owns {@code org.ofono}. */
    public static OfonoMock start(String busAddress, Path logDir) throws Exception {
        return launch(busAddress, logDir, "org.ofono", "/", MODEM, List.of("--template", "ofono"));
    }

    /**
     * Starts a PipeWire-like telephony service on the bus (as its "session bus"): {@code GetModems} and
     * {@code GetCalls} answer dictionaries ({@code a{oa{sv}}}), the audio gateway has no modem properties, and
     * {@code Dial} takes the number only ({@code s}), as PipeWire's does.
     */
    static OfonoMock startPipeWire(String busAddress, Path logDir) throws Exception {
        return startPipeWire(busAddress, logDir, PIPEWIRE_NAME, PIPEWIRE_MANAGER);
    }

    /** Like {@link #startPipeWire(String, Path)} under another bus name and manager path (PipeWire 1.4's). */
    static OfonoMock startPipeWire(String busAddress, Path logDir, String name, String managerPath)
            throws Exception {
        String audioGateway = managerPath + "/ag0";
        OfonoMock mock = launch(busAddress, logDir, name, managerPath, audioGateway,
                List.of("--session", name, managerPath, "org.ofono.Manager"));
        mock.mock(managerPath).AddMethod("org.ofono.Manager", "GetModems", "", "a{oa{sv}}",
                "ret = {'" + audioGateway + "': {}}");
        mock.mock(managerPath).AddObject(audioGateway, MANAGER_INTERFACE, Map.of(), List.of(
                new MethodSpec("GetCalls", "", "a{oa{sv}}", "ret = {}"),
                new MethodSpec("Dial", "s", "o", "ret = '" + audioGateway + "/call0'")));
        return mock;
    }

    /** Starts python3-dbusmock's {@code bluez5} template on the bus (as its "system bus"). */
    static OfonoMock startBluez(String busAddress, Path logDir) throws Exception {
        return launch(busAddress, logDir, "org.bluez", "/", "/", List.of("--template", "bluez5"));
    }

    /** The bluez5 template's control interface. */
    @DBusInterfaceName("org.bluez.Mock")
    public interface BluezMock extends DBusInterface {
        String AddAdapter(String deviceName, String systemName);

        String AddDevice(String adapterDeviceName, String deviceAddress, String alias);

        void PairDevice(String adapterDeviceName, String deviceAddress, int deviceClass);

        void ConnectDevice(String adapterDeviceName, String deviceAddress);
    }

    BluezMock bluez() throws DBusException {
        return control.getRemoteObject(busName, "/", BluezMock.class);
    }

    private static OfonoMock launch(String busAddress, Path logDir, String busName, String mainPath,
            String modemPath, List<String> arguments) throws Exception {
        DBusConnection control = DBusConnectionBuilder.forAddress(busAddress).withShared(false).build();
        CountDownLatch owned = new CountDownLatch(1);
        AutoCloseable watch = control.addSigHandler(DBus.NameOwnerChanged.class, signal -> {
            if (busName.equals(signal.name) && !signal.newOwner.isEmpty()) {
                owned.countDown();
            }
        });
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), "-m", "dbusmock"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logDir.resolve(busName + ".log").toFile());
        builder.environment().put("DBUS_SYSTEM_BUS_ADDRESS", busAddress);
        builder.environment().put("DBUS_SESSION_BUS_ADDRESS", busAddress);
        Process process = builder.start();
        DBus daemon = control.getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class);
        boolean ready = daemon.NameHasOwner(busName) || owned.await(30, TimeUnit.SECONDS);
        watch.close();
        if (!ready) {
            process.destroyForcibly();
            control.close();
            throw new IOException("dbusmock did not claim " + busName + " within 30 s; see " + logDir);
        }
        return new OfonoMock(process, control, busName, mainPath, modemPath);
    }

    /** Adds an incoming (or waiting) call object and emits CallAdded on the modem, as oFono does. */
    public String ring(String callName, String number, String state) throws DBusException {
        return ringOn(modemPath, callName, number, state);
    }

    /** Like {@link #ring} on another modem of the template. */
    String ringOn(String modemPath, String callName, String number, String state) throws DBusException {
        String path = modemPath + "/" + callName;
        Map<String, Variant<?>> properties = Map.of(
                "State", new Variant<>(state),
                "LineIdentification", new Variant<>(number),
                "Name", new Variant<>(""),
                "Multiparty", new Variant<>(false),
                "Emergency", new Variant<>(false));
        String setActive = "self.Set('" + CALL_INTERFACE + "', 'State', 'active'); self.EmitSignal('"
                + CALL_INTERFACE + "', 'PropertyChanged', 'sv', ['State', 'active'])";
        String hangup = "objects['" + mainPath + "'].RemoveObject(self._object_path); objects['" + modemPath
                + "'].EmitSignal('"
                + MANAGER_INTERFACE + "', 'CallRemoved', 'o', [self._object_path])";
        List<MethodSpec> methods = new ArrayList<>(List.of(
                new MethodSpec("GetProperties", "", "a{sv}", "ret = self.GetAll('" + CALL_INTERFACE + "')"),
                new MethodSpec("Answer", "", "", setActive),
                new MethodSpec("Hangup", "", "", hangup)));
        mock(mainPath).AddObject(path, CALL_INTERFACE, properties, methods);
        mock(modemPath).EmitSignal(MANAGER_INTERFACE, "CallAdded", "oa{sv}",
                List.of(new Variant<>(new DBusPath(path)), new Variant<>(properties, "a{sv}")));
        return path;
    }

    /** Changes a call's state and emits PropertyChanged, as oFono does. */
    void changeState(String callPath, String state) throws DBusException {
        mock(callPath).UpdateProperties(CALL_INTERFACE, Map.of("State", new Variant<>(state)));
        mock(callPath).EmitSignal(CALL_INTERFACE, "PropertyChanged", "sv",
                List.of(new Variant<>("State"), new Variant<>(new Variant<>(state), "v")));
    }

    /** Removes a call and emits CallRemoved, as oFono does when the other side hangs up. */
    void remove(String callPath) throws DBusException {
        mock(mainPath).RemoveObject(callPath);
        mock(callPath.substring(0, callPath.lastIndexOf('/'))).EmitSignal(MANAGER_INTERFACE, "CallRemoved", "o",
                List.of(new Variant<>(new DBusPath(callPath))));
    }

    /** The arguments of every logged call of a method on an object (template methods log on {@code /}). */
    List<List<Object>> calls(String objectPath, String method) throws DBusException {
        List<List<Object>> result = new ArrayList<>();
        for (LoggedCall call : mock(objectPath).GetMethodCalls(method)) {
            List<Object> args = new ArrayList<>();
            call.getArgs().forEach(arg -> args.add(arg.getValue()));
            result.add(args);
        }
        return result;
    }

    /** The template's modem, to change its properties as oFono would. */
    OfonoModem modem() throws DBusException {
        return control.getRemoteObject(busName, modemPath, OfonoModem.class);
    }

    Mock mock(String path) throws DBusException {
        return control.getRemoteObject(busName, path, Mock.class);
    }

    @Override
    public void close() throws IOException {
        control.close();
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
