package org.gliomaradiomics.imagej2;

import ij.IJ;
import ij.ImagePlus;
import ij.Menus;
import ij.WindowManager;
import ij.measure.ResultsTable;
import ij.plugin.filter.Analyzer;
import ij.plugin.frame.Recorder;
import java.awt.Button;
import java.awt.Checkbox;
import java.awt.Choice;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dialog;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.Label;
import java.awt.Menu;
import java.awt.MenuBar;
import java.awt.MenuItem;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.TextComponent;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.awt.event.WindowEvent;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.AbstractButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.text.JTextComponent;
import org.gliomaradiomics.commands.CommandCatalog;
import org.gliomaradiomics.commands.CommandSpec;
import org.gliomaradiomics.commands.ParamSpec;
import org.scijava.Context;
import org.scijava.command.Command;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.event.EventHandler;
import org.scijava.event.EventService;
import org.scijava.menu.MenuService;
import org.scijava.menu.ShadowMenu;
import org.scijava.module.Module;
import org.scijava.module.ModuleInfo;
import org.scijava.module.ModuleItem;
import org.scijava.module.ModuleService;
import org.scijava.module.event.ModuleCanceledEvent;
import org.scijava.module.event.ModuleErroredEvent;
import org.scijava.module.event.ModuleEvent;
import org.scijava.module.event.ModuleFinishedEvent;
import org.scijava.module.event.ModuleStartedEvent;
import org.scijava.plugin.PluginService;
import org.scijava.ui.UIService;

/**
 * The work of the forked ImageJ2 JVM: reads a plan (one step per line: {@code action, id, timeout seconds,
 * arguments...}, tab-separated), runs each step with a time limit and writes findings (tab-separated lines whose
 * first field is the kind: CONTEXT, MODULE, MENU, IJ1CMD, IJ1MENU, SEARCH, PARAMS, PREF, RUN, TABLE, OUTPUT, EVENT,
 * WINDOW, LOG, DIALOG, CLOSED, FILLED, RECORDED, REPLAY, STEP, END). The JUnit side ({@link ImageJ2Runtime})
 * parses them. Under a display, a watchdog closes dialogs nobody asked for (a modal error or Save dialog would
 * otherwise hang the run) and reports them as WINDOW findings.
 */
final class ProbeSteps {
    static final String PREFIX = "Plugins > Glioma Radiomics";

    private final PrintWriter findings;
    private final boolean display = !GraphicsEnvironment.isHeadless();
    private final Path dialogDir;
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private Context context;
    private ModuleEvents subscriber;
    private int unexpected;

    private ProbeSteps(PrintWriter findings, Path dialogDir) {
        this.findings = findings;
        this.dialogDir = dialogDir;
    }

    static int main(String[] args) throws Exception {
        Path plan = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path dialogs = Path.of(args.length > 2 ? args[2] : "target/dialogs");
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            ProbeSteps p = new ProbeSteps(w, dialogs);
            p.captureOutput();
            for (String line : Files.readAllLines(plan, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) continue;
                p.step(line.split("\t", -1));
            }
            p.emit("END");
        }
        return 0;
    }

    // ---------------------------------------------------------------- infrastructure

    synchronized void emit(Object... fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) b.append('\t');
            b.append(String.valueOf(fields[i]).replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
        }
        findings.println(b);
        findings.flush();
    }

    /** System.out and System.err still reach the log file, and each step's share is reported as LOG findings. */
    private void captureOutput() {
        PrintStream out = System.out, err = System.err;
        System.setOut(new PrintStream(new Tee(out, captured), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(err, captured), true, StandardCharsets.UTF_8));
    }

    private static final class Tee extends OutputStream {
        private final OutputStream a, b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws IOException {
            a.write(c);
            synchronized (b) {
                b.write(c);
            }
        }

        @Override
        public void write(byte[] buf, int off, int len) throws IOException {
            a.write(buf, off, len);
            synchronized (b) {
                b.write(buf, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            a.flush();
        }
    }

    private void step(String[] f) {
        String action = f[0], id = f.length > 1 ? f[1] : action;
        long timeoutMs = (long) (1000 * (f.length > 2 && !f[2].isEmpty() ? Double.parseDouble(f[2]) : 60));
        List<String> args = f.length > 3 ? List.of(f).subList(3, f.length) : List.of();
        long t0 = System.nanoTime();
        synchronized (captured) {
            captured.reset();
        }
        events.clear();
        try {
            switch (action) {
                case "context" -> guarded(id, timeoutMs, () -> startContext(id, args));
                case "modules" -> guarded(id, timeoutMs, () -> modules());
                case "menu" -> guarded(id, timeoutMs, () -> menu());
                case "ij1" -> guarded(id, timeoutMs, () -> ij1Commands());
                case "search" -> guarded(id, timeoutMs, () -> search());
                case "prefs" -> guarded(id, timeoutMs, () -> prefs());
                case "cmd" -> runCommand(id, timeoutMs, args.get(0), pairs(args.subList(1, args.size())));
                case "macro" -> runMacro(id, timeoutMs, args.get(0));
                case "dialog" -> dialog(id, timeoutMs, args.get(0), Path.of(args.get(1)));
                case "record" -> record(id, timeoutMs, args.get(0), Path.of(args.get(1)), pairs(args.subList(2, args.size())));
                default -> emit("ERROR", id, "unknown action " + action);
            }
        } catch (Throwable e) {
            emit("ERROR", id, oneLine(e));
        }
        emitLog(id);
        emit("STEP", id, action, (System.nanoTime() - t0) / 1_000_000);
    }

    private static Map<String, String> pairs(List<String> list) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String s : list) {
            if (s.isEmpty()) continue;
            int i = s.indexOf('=');
            m.put(i < 0 ? s : s.substring(0, i), i < 0 ? "" : s.substring(i + 1));
        }
        return m;
    }

    /** Runs work on a fresh thread with a time limit; under a display, unexpected dialogs are closed meanwhile. */
    private <T> T guarded(String id, long timeoutMs, Callable<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Set<Window> known = showingWindows();
        Thread t = new Thread(() -> {
            try {
                result.set(work.call());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "probe-" + id);
        t.setDaemon(true);
        t.start();
        long end = System.currentTimeMillis() + timeoutMs;
        Map<Window, Long> firstSeen = new LinkedHashMap<>();
        while (t.isAlive() && System.currentTimeMillis() < end) {
            t.join(200);
            if (display) watch(id, known, firstSeen);
        }
        if (t.isAlive()) {
            emit("TIMEOUT", id, timeoutMs / 1000, stackOf(t));
            throw new IllegalStateException("timed out after " + timeoutMs / 1000 + " s");
        }
        if (display) { // windows that opened at the very end (e.g. an error dialog after the work)
            for (int i = 0; i < 2; i++) {
                Thread.sleep(100);
                watch(id, known, firstSeen);
            }
            for (Window w : showingWindows()) if (!known.contains(w)) { // frames (Results, images) stay open
                if (!(w instanceof Dialog)) {
                    emit("WINDOW", id, title(w), w.getClass().getName(), texts(w), "left-open");
                    known.add(w);
                }
            }
            for (Map.Entry<Window, Long> e : firstSeen.entrySet()) if (e.getKey().isShowing()) closeUnexpected(id, e.getKey());
        }
        if (failure.get() instanceof Exception ex) throw ex;
        if (failure.get() != null) throw new ExecutionException(failure.get());
        return result.get();
    }

    private static String stackOf(Thread t) {
        StringBuilder b = new StringBuilder();
        StackTraceElement[] st = t.getStackTrace();
        for (int i = 0; i < Math.min(12, st.length); i++) b.append(st[i]).append(" | ");
        return b.toString();
    }

    private void watch(String id, Set<Window> known, Map<Window, Long> firstSeen) {
        long now = System.currentTimeMillis();
        for (Window w : showingWindows()) {
            if (known.contains(w) || !(w instanceof Dialog)) continue;
            Long seen = firstSeen.putIfAbsent(w, now);
            if (seen != null && now - seen > 1000) {
                closeUnexpected(id, w);
                known.add(w);
            }
        }
    }

    private void closeUnexpected(String id, Window w) {
        Path png = dialogDir.resolve("unexpected-" + id.replaceAll("[^A-Za-z0-9_.-]", "_") + "-" + (++unexpected) + ".png");
        screenshot(w, png);
        String how = close(w);
        emit("WINDOW", id, title(w), w.getClass().getName(), texts(w), "closed:" + how, png);
    }

    private void emitLog(String id) {
        String text;
        synchronized (captured) {
            text = captured.toString(StandardCharsets.UTF_8);
            captured.reset();
        }
        int n = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.contains("WARNING: An illegal reflective")) continue;
            if (++n > 40) {
                emit("LOG", id, "...");
                break;
            }
            emit("LOG", id, line.length() > 400 ? line.substring(0, 400) + "..." : line);
        }
        if (display && context != null) {
            String log = IJ.getLog();
            if (log != null && !log.isBlank()) {
                for (String line : log.split("\n")) if (!line.isBlank()) emit("IJLOG", id, line);
                IJ.log("\\Clear");
            }
        }
    }

    static String oneLine(Throwable e) {
        Throwable c = e;
        while ((c instanceof ExecutionException || c instanceof java.lang.reflect.InvocationTargetException) && c.getCause() != null) c = c.getCause();
        return c.getClass().getSimpleName() + ": " + c.getMessage();
    }

    // ---------------------------------------------------------------- context and registries

    private Object startContext(String id, List<String> args) throws Exception {
        long t0 = System.nanoTime();
        context = new Context();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        subscriber = new ModuleEvents();
        context.service(EventService.class).subscribe(subscriber);
        Object legacy = context.getService("net.imagej.legacy.LegacyService");
        Object active = legacy == null ? "absent" : legacy.getClass().getMethod("isActive").invoke(legacy);
        emit("CONTEXT", id, ms, "legacy=" + active, "headless=" + GraphicsEnvironment.isHeadless(), "services=" + context.getServiceIndex().size());
        if (args.contains("showUI") && display) {
            UIService ui = context.service(UIService.class);
            ui.showUI();
            emit("UI", id, ui.getDefaultUI() == null ? "none" : ui.getDefaultUI().getClass().getName());
        }
        if (Menus.getCommands() == null) emit("IJ1", id, "command table not built");
        return null;
    }

    private List<ModuleInfo> ourModules() {
        List<ModuleInfo> list = new ArrayList<>();
        for (ModuleInfo info : context.service(ModuleService.class).getModules())
            if (path(info).startsWith(PREFIX)) list.add(info);
        return list;
    }

    /** Menu path as "Plugins > Glioma Radiomics > Label Statistics". */
    static String path(ModuleInfo info) {
        org.scijava.MenuPath mp = info.getMenuPath();
        if (mp == null) return "";
        List<String> names = new ArrayList<>();
        for (org.scijava.MenuEntry e : mp) names.add(e.getName());
        return String.join(" > ", names);
    }

    private Object modules() {
        for (ModuleInfo info : ourModules()) {
            List<String> outs = new ArrayList<>();
            for (ModuleItem<?> item : info.outputs()) outs.add(item.getName() + ":" + item.getType().getSimpleName());
            emit("MODULE", path(info), info.getClass().getName(), info.getIdentifier(), info.getDelegateClassName(),
                String.join(",", outs), "visible=" + info.isVisible(), "enabled=" + info.isEnabled());
        }
        return null;
    }

    private Object menu() {
        MenuService ms = context.service(MenuService.class);
        ShadowMenu root = ms.getMenu();
        ShadowMenu ours = root.getMenu(new org.scijava.MenuPath("Plugins>Glioma Radiomics"));
        if (ours == null) {
            emit("MENU_ABSENT", PREFIX);
            return null;
        }
        walk(ours, PREFIX);
        return null;
    }

    private void walk(ShadowMenu m, String path) {
        for (ShadowMenu c : m.getChildren()) {
            String p = path + " > " + c.getName();
            ModuleInfo info = c.getModuleInfo();
            if (info != null) emit("MENU", p, info.getIdentifier(), info.getDelegateClassName());
            walk(c, p);
        }
    }

    private Object ij1Commands() {
        @SuppressWarnings("unchecked")
        java.util.Hashtable<String, String> table = Menus.getCommands();
        for (CommandSpec s : CommandCatalog.all()) {
            String v = table == null ? null : table.get(s.label());
            emit("IJ1CMD", s.label(), v == null ? "MISSING" : v);
        }
        MenuBar bar = Menus.getMenuBar();
        if (bar == null) {
            emit("IJ1MENUBAR", "none");
            return null;
        }
        for (int i = 0; i < bar.getMenuCount(); i++) {
            Menu m = bar.getMenu(i);
            if (m != null && m.getLabel().equals("Plugins")) walkIj1(m, "Plugins");
        }
        return null;
    }

    private void walkIj1(Menu menu, String path) {
        for (int i = 0; i < menu.getItemCount(); i++) {
            MenuItem item = menu.getItem(i);
            String p = path + " > " + item.getLabel();
            if (item instanceof Menu sub) walkIj1(sub, p);
            else if (p.startsWith(PREFIX)) emit("IJ1MENU", p, item.getActionCommand());
        }
    }

    /** The search bar's module searcher (scijava-search is not on the compile class path: reflection). */
    private Object search() throws Exception {
        Class<?> searcherType = Class.forName("org.scijava.search.Searcher");
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<?> searchers = context.service(PluginService.class).createInstancesOfType((Class) searcherType);
        Object moduleSearcher = null;
        for (Object s : searchers) if (s.getClass().getName().equals("org.scijava.search.module.ModuleSearcher")) moduleSearcher = s;
        if (moduleSearcher == null) {
            emit("SEARCH_ABSENT", "no ModuleSearcher among " + searchers.size() + " searchers");
            return null;
        }
        Method search = searcherType.getMethod("search", String.class, boolean.class);
        for (CommandSpec s : CommandCatalog.all()) {
            for (boolean fuzzy : new boolean[] {false, true}) {
                List<?> hits = (List<?>) search.invoke(moduleSearcher, s.label(), fuzzy);
                int ours = 0;
                List<String> names = new ArrayList<>();
                for (Object h : hits) {
                    String name = (String) h.getClass().getMethod("name").invoke(h);
                    ModuleInfo info = (ModuleInfo) h.getClass().getMethod("info").invoke(h);
                    String path = path(info);
                    if (name.equals(s.label()) && path.startsWith(PREFIX)) ours++;
                    names.add(name + " @ " + path + " [" + info.getIdentifier() + "]");
                }
                emit("SEARCH", s.label(), fuzzy ? "fuzzy" : "exact", hits.size(), ours, String.join(" ; ", names));
            }
        }
        return null;
    }

    /** Which inputs SciJava persists, and which values it has stored so far. */
    private Object prefs() {
        ModuleService ms = context.service(ModuleService.class);
        for (ModuleInfo info : ourModules()) {
            List<String> persisted = new ArrayList<>();
            for (ModuleItem<?> item : info.inputs()) {
                if (item.isPersisted()) persisted.add(item.getName());
                Object v = ms.load(item);
                if (v != null && !(v instanceof String str && str.isEmpty())) emit("PREF", info.getIdentifier(), item.getName(), v);
            }
            emit("PARAMS", info.getIdentifier(), "persisted=" + String.join(",", persisted));
        }
        return null;
    }

    // ---------------------------------------------------------------- running commands

    /** Module events of the current step: which modules ran, and how they ended. */
    public final class ModuleEvents {
        private void add(String kind, ModuleEvent e, String extra) {
            Module m = e.getModule();
            events.add(kind + " " + m.getInfo().getIdentifier() + (extra == null ? "" : " " + extra));
        }

        @EventHandler
        public void onStarted(ModuleStartedEvent e) {
            add("started", e, null);
        }

        @EventHandler
        public void onCanceled(ModuleCanceledEvent e) {
            add("canceled", e, e.getReason());
        }

        @EventHandler
        public void onErrored(ModuleErroredEvent e) {
            add("errored", e, e.getException() == null ? null : oneLine(e.getException()));
        }

        @EventHandler
        public void onFinished(ModuleFinishedEvent e) {
            add("finished", e, null);
        }
    }

    private void emitEvents(String id) {
        List<String> copy;
        synchronized (events) {
            copy = new ArrayList<>(events);
            events.clear();
        }
        for (String e : copy) emit("EVENT", id, e);
    }

    private void resetState() throws Exception {
        Analyzer.setResultsTable(new ResultsTable());
        int[] ids = WindowManager.getIDList();
        if (ids != null) for (int i : ids) {
            ImagePlus imp = WindowManager.getImage(i);
            if (imp == null) continue;
            imp.changes = false;
            imp.close();
        }
        if (display) EventQueue.invokeAndWait(() -> {});
    }

    private void emitResults(String id) {
        ResultsTable rt = Analyzer.getResultsTable();
        if (rt == null) {
            emit("TABLE", id, 0, "", "");
            return;
        }
        emitTable(id, rt);
        int[] ids = WindowManager.getIDList();
        List<String> titles = new ArrayList<>();
        if (ids != null) for (int i : ids) {
            ImagePlus imp = WindowManager.getImage(i);
            if (imp != null) titles.add(imp.getTitle() + " (" + imp.getWidth() + "x" + imp.getHeight() + "x" + imp.getStackSize() + ")");
        }
        emit("IMAGES", id, titles.size(), String.join(" ; ", titles));
    }

    private void emitTable(String id, ResultsTable rt) {
        int rows = rt.size();
        String headings = rt.getColumnHeadings() == null ? "" : rt.getColumnHeadings().trim().replace('\t', ',');
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < Math.min(rows, 3); r++) {
            if (r > 0) b.append(" | ");
            b.append(rowText(rt, r));
        }
        emit("TABLE", id, rows, headings, b, tableDigest(rt));
    }

    /** Row as {@code column=value;...} (the row label column of ImageJ left out). */
    private static String rowText(ResultsTable rt, int r) {
        StringBuilder b = new StringBuilder();
        String[] cols = rt.getHeadings();
        for (String c : cols) {
            if (c.equals(" ") || c.isEmpty()) continue;
            if (b.length() > 0) b.append(';');
            b.append(c).append('=').append(rt.getStringValue(c, r));
        }
        return b.toString();
    }

    private static String tableDigest(ResultsTable rt) {
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < rt.size(); r++) b.append(rowText(rt, r)).append('\n');
        return Integer.toHexString(b.toString().hashCode());
    }

    private void runCommand(String id, long timeoutMs, String className, Map<String, String> given) throws Exception {
        resetState();
        @SuppressWarnings("unchecked")
        Class<? extends Command> type = (Class<? extends Command>) Class.forName(className);
        CommandSpec spec = CommandCatalog.byClass(className).orElseThrow();
        Map<String, Object> inputs = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : given.entrySet()) inputs.put(e.getKey(), typed(spec, e.getKey(), e.getValue()));
        long t0 = System.nanoTime();
        String status, message = "";
        CommandModule module = null;
        try {
            module = guarded(id, timeoutMs, () -> {
                Future<CommandModule> f = context.service(CommandService.class).run(type, true, inputs);
                return f.get();
            });
            if (module == null) status = "null";
            else if (module.isCanceled()) {
                status = "canceled";
                message = String.valueOf(module.getCancelReason());
            } else status = "ok";
        } catch (Exception e) {
            status = "error";
            message = oneLine(e);
        }
        synchronized (events) {
            for (String e : events) if (e.startsWith("errored ") && status.equals("ok")) {
                status = "error";
                message = e;
            }
        }
        emit("RUN", id, status, message, (System.nanoTime() - t0) / 1_000_000);
        emitEvents(id);
        emitResults(id);
        if (module != null) for (ModuleItem<?> item : module.getInfo().outputs()) {
            Object v = module.getOutput(item.getName());
            String summary = v == null ? "null" : v instanceof ResultsTable rt ? "ResultsTable rows=" + rt.size() + " " + rowText(rt, 0) : v.toString();
            emit("OUTPUT", id, item.getName(), item.getType().getName(), summary);
        }
    }

    private static Object typed(CommandSpec spec, String key, String value) {
        ParamSpec p = spec.param(key).orElseThrow(() -> new IllegalArgumentException("no input " + key + " in " + spec.name()));
        if (p.isFile()) return new File(value);
        Class<?> t = p.type();
        if (t == int.class || t == Integer.class) return Integer.parseInt(value);
        if (t == long.class) return Long.parseLong(value);
        if (t == double.class || t == Double.class) return Double.parseDouble(value);
        if (t == boolean.class || t == Boolean.class) return Boolean.parseBoolean(value);
        return value;
    }

    private void runMacro(String id, long timeoutMs, String code) throws Exception {
        resetState();
        long t0 = System.nanoTime();
        String status, message;
        try {
            String ret = guarded(id, timeoutMs, () -> IJ.runMacro(code));
            status = "[aborted]".equals(ret) ? "aborted" : "ok";
            message = String.valueOf(ret);
        } catch (Exception e) {
            status = "error";
            message = oneLine(e);
        }
        emit("RUN", id, status, message, (System.nanoTime() - t0) / 1_000_000);
        emitEvents(id);
        emitResults(id);
    }

    // ---------------------------------------------------------------- dialogs (display only)

    private static Set<Window> showingWindows() {
        Set<Window> s = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Window w : Window.getWindows()) if (w.isShowing()) s.add(w);
        return s;
    }

    private static String title(Window w) {
        if (w instanceof Dialog d) return String.valueOf(d.getTitle());
        if (w instanceof java.awt.Frame fr) return String.valueOf(fr.getTitle());
        return "";
    }

    /** Label, field and button texts of a window, in layout order. */
    private static String texts(Window w) {
        List<String> t = new ArrayList<>();
        collectTexts(w, t);
        String s = String.join(" | ", t);
        return s.length() > 1500 ? s.substring(0, 1500) + "..." : s;
    }

    private static void collectTexts(Component c, List<String> out) {
        if (c instanceof Label l && !l.getText().isBlank()) out.add(l.getText().trim());
        else if (c instanceof JLabel l && l.getText() != null && !l.getText().isBlank()) out.add(l.getText().replaceAll("<[^>]*>", " ").trim());
        else if (c instanceof Button b) out.add("[" + b.getLabel() + "]");
        else if (c instanceof AbstractButton b && b.getText() != null && !b.getText().isBlank()) out.add("[" + b.getText() + "]");
        else if (c instanceof TextComponent tc && !tc.getText().isBlank()) out.add("{" + tc.getText().trim() + "}");
        if (c instanceof Container ct) for (Component k : ct.getComponents()) collectTexts(k, out);
    }

    private void screenshot(Window w, Path png) {
        try {
            Files.createDirectories(png.getParent());
            // Under load a new dialog is laid out, moved and painted over a few hundred ms: wait until its bounds hold
            // still, let the event queue drain, then capture.
            Rectangle last = null;
            for (int stable = 0, i = 0; stable < 3 && i < 30; i++) {
                Rectangle now = w.getBounds();
                stable = now.equals(last) ? stable + 1 : 0;
                last = now;
                Thread.sleep(150);
            }
            EventQueue.invokeAndWait(() -> { });
            Thread.sleep(300);
            Rectangle r = w.getBounds();
            if (r.width <= 0 || r.height <= 0) r = new Rectangle(0, 0, 1280, 800);
            java.awt.image.BufferedImage img = new Robot().createScreenCapture(r);
            if (mostlyBlack(img)) {
                // Under load Xvfb may not have mapped the window yet when the screen is read: render the dialog's
                // own component tree instead (what it would show once mapped).
                java.awt.image.BufferedImage drawn = new java.awt.image.BufferedImage(r.width, r.height, java.awt.image.BufferedImage.TYPE_INT_RGB);
                EventQueue.invokeAndWait(() -> {
                    java.awt.Graphics2D g = drawn.createGraphics();
                    w.printAll(g);
                    g.dispose();
                });
                img = drawn;
            }
            javax.imageio.ImageIO.write(img, "png", png.toFile());
        } catch (Exception e) {
            emit("SCREENSHOT_FAILED", png, oneLine(e));
        }
    }

    private static boolean mostlyBlack(java.awt.image.BufferedImage img) {
        long black = 0, all = 0;
        for (int y = 0; y < img.getHeight(); y += 4)
            for (int x = 0; x < img.getWidth(); x += 4, all++) if ((img.getRGB(x, y) & 0xFFFFFF) == 0) black++;
        return black * 2 > all;
    }

    /** Closes a window as its close button would (GenericDialog and Swing dialogs treat that as Cancel). */
    private static String close(Window w) {
        try {
            if (w instanceof java.awt.FileDialog) { // native dialogs ignore a synthetic WINDOW_CLOSING
                EventQueue.invokeLater(w::dispose);
                for (int i = 0; i < 20 && w.isShowing(); i++) Thread.sleep(100);
                return w.isShowing() ? "still-open" : "disposed";
            }
            EventQueue.invokeLater(() -> w.dispatchEvent(new WindowEvent(w, WindowEvent.WINDOW_CLOSING)));
            for (int i = 0; i < 20 && w.isShowing(); i++) Thread.sleep(100);
            if (!w.isShowing()) return "window-closing";
            EventQueue.invokeLater(w::dispose);
            for (int i = 0; i < 20 && w.isShowing(); i++) Thread.sleep(100);
            return w.isShowing() ? "still-open" : "disposed";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** New showing windows after {@code before}, waiting up to timeoutMs for the first one. */
    private static List<Window> awaitNewWindows(Set<Window> before, long timeoutMs) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < end) {
            List<Window> fresh = new ArrayList<>();
            for (Window w : showingWindows()) if (!before.contains(w)) fresh.add(w);
            if (!fresh.isEmpty()) {
                Thread.sleep(500); // let it lay out and paint
                fresh.removeIf(w -> !w.isShowing());
                if (!fresh.isEmpty()) return fresh;
            }
            Thread.sleep(100);
        }
        return List.of();
    }

    /**
     * Windows that open after a dialog was answered (a file chooser, an error, the next dialog): waits until one
     * appears, or the command's thread (IJ.doCommand names it after the command) has ended, at most 1.5 s.
     */
    private static List<Window> awaitFollowUp(Set<Window> before, String label) throws InterruptedException {
        long start = System.currentTimeMillis();
        while (System.currentTimeMillis() - start < 1500) {
            List<Window> fresh = awaitNewWindows(before, 100);
            if (!fresh.isEmpty()) return fresh;
            if (System.currentTimeMillis() - start > 300 && commandThreads(label).isEmpty()) break;
        }
        return List.of();
    }

    private static List<Thread> commandThreads(String label) {
        List<Thread> list = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) if (t.isAlive() && t.getName().equals(label)) list.add(t);
        return list;
    }

    private void awaitThreads(String id, String label, long timeoutMs) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMs;
        List<Thread> threads = commandThreads(label);
        for (Thread t : threads) t.join(Math.max(1, end - System.currentTimeMillis()));
        for (Thread t : threads) if (t.isAlive()) emit("THREAD_ALIVE", id, t.getName(), stackOf(t));
    }

    /** Runs the menu entry as a click would (IJ.doCommand: a new thread), screenshots and cancels each dialog. */
    private void dialog(String id, long timeoutMs, String label, Path png) throws Exception {
        if (!display) {
            emit("DIALOG", id, label, "NO_DISPLAY");
            return;
        }
        resetState();
        Set<Window> before = showingWindows();
        IJ.doCommand(label);
        List<Window> fresh = awaitNewWindows(before, Math.min(timeoutMs, 15000));
        if (fresh.isEmpty()) {
            emit("DIALOG", id, label, "NONE", "", "", "");
            awaitThreads(id, label, 3000);
            emitEvents(id);
            return;
        }
        int n = 0;
        long end = System.currentTimeMillis() + timeoutMs;
        while (!fresh.isEmpty() && System.currentTimeMillis() < end) {
            for (Window w : fresh) {
                Path shot = n == 0 ? png : png.resolveSibling(png.getFileName().toString().replace(".png", "-" + (n + 1) + ".png"));
                screenshot(w, shot);
                emit(n == 0 ? "DIALOG" : "DIALOG_FOLLOWUP", id, title(w), w.getClass().getName(), texts(w), shot);
                n++;
                before.add(w);
                emit("CLOSED", id, title(w), close(w));
            }
            fresh = awaitFollowUp(before, label);
        }
        awaitThreads(id, label, 5000);
        emitEvents(id);
    }

    /** With the Recorder open: runs the menu entry, fills its dialog, presses OK, reads and replays the record. */
    private void record(String id, long timeoutMs, String label, Path png, Map<String, String> values) throws Exception {
        if (!display) {
            emit("RECORDED", id, "NO_DISPLAY");
            return;
        }
        resetState();
        EventQueue.invokeAndWait(() -> {
            if (Recorder.getInstance() == null) new Recorder();
        });
        Recorder rec = Recorder.getInstance();
        emit("RECORDER", id, rec == null ? "absent" : "open", "record=" + Recorder.record);
        int start = rec == null ? 0 : rec.getText().length();
        Set<Window> before = showingWindows();
        IJ.doCommand(label);
        List<Window> fresh = awaitNewWindows(before, 15000);
        long end = System.currentTimeMillis() + timeoutMs;
        int n = 0;
        while (!fresh.isEmpty() && System.currentTimeMillis() < end) {
            for (Window w : fresh) {
                before.add(w);
                Set<String> filled = fill(w, dialogValues(label, values));
                Thread.sleep(300);
                Path shot = n == 0 ? png : png.resolveSibling(png.getFileName().toString().replace(".png", "-" + (n + 1) + ".png"));
                screenshot(w, shot);
                emit("DIALOG", id, title(w), w.getClass().getName(), texts(w), shot);
                boolean ok = !filled.isEmpty() && pressOk(w);
                emit("FILLED", id, title(w), String.join(",", filled), ok ? "ok-pressed" : "not-filled");
                if (!ok) emit("CLOSED", id, title(w), close(w));
                n++;
            }
            fresh = awaitFollowUp(before, label);
        }
        awaitThreads(id, label, Math.max(1000, end - System.currentTimeMillis()));
        Thread.sleep(300);
        emitEvents(id);
        emitResults(id + ":dialog");
        ResultsTable first = Analyzer.getResultsTable();
        String firstDigest = first == null ? "" : tableDigest(first);
        String text = rec == null ? "" : rec.getText();
        String added = text.length() >= start ? text.substring(start) : text;
        String runLine = null;
        for (String line : added.split("\n")) {
            if (line.isBlank()) continue;
            emit("RECORDED", id, line);
            if (line.startsWith("run(\"" + label + "\"")) runLine = line;
        }
        if (runLine == null) {
            emit("REPLAY", id, "none", "no run(\"" + label + "\") line recorded");
            return;
        }
        String replay = runLine;
        runMacro(id + ":replay", 60000, replay);
        ResultsTable second = Analyzer.getResultsTable();
        String secondDigest = second == null ? "" : tableDigest(second);
        boolean rows = first != null && first.size() > 0;
        emit("REPLAY", id, rows && firstDigest.equals(secondDigest) ? "same" : "different", firstDigest + " vs " + secondDigest);
    }

    /**
     * The values by dialog label, as a person fills the command's dialog: an image or mask input is a choice set to
     * "File (below)" plus the file field under it (label "file").
     */
    private static Map<String, String> dialogValues(String label, Map<String, String> values) {
        org.gliomaradiomics.commands.CommandSpec spec = org.gliomaradiomics.commands.CommandCatalog.byLabel(label).orElse(null);
        if (spec == null) return values;
        Map<String, String> byLabel = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            org.gliomaradiomics.commands.ParamSpec p = spec.param(e.getKey()).orElse(null);
            if (p == null) continue;
            String k = key(p.label());
            if (p.isImage() || p.isMask()) {
                byLabel.put(k, "File (below)");
                byLabel.put(k + "/file", e.getValue());
            } else byLabel.put(k, e.getValue());
        }
        return byLabel;
    }

    /** Fills the fields whose label (or checkbox text) equals a key; returns the keys set. */
    private static Set<String> fill(Window w, Map<String, String> values) throws Exception {
        Set<String> done = new HashSet<>();
        EventQueue.invokeAndWait(() -> fillIn(w, values, new String[1], done));
        return done;
    }

    private static String key(String label) {
        String s = label == null ? "" : label.replaceAll("<[^>]*>", "").replace("(optional)", "").trim().toLowerCase(Locale.ROOT);
        if (s.endsWith(":")) s = s.substring(0, s.length() - 1).trim();
        return s;
    }

    @SuppressWarnings("unchecked")
    private static void fillIn(Component c, Map<String, String> values, String[] last, Set<String> done) {
        if (c instanceof Label l) last[0] = fileOf(key(l.getText()), values, done);
        else if (c instanceof JLabel l) last[0] = fileOf(key(l.getText()), values, done);
        else if (c instanceof Checkbox cb && values.containsKey(key(cb.getLabel()))) {
            cb.setState(Boolean.parseBoolean(values.get(key(cb.getLabel()))));
            done.add(key(cb.getLabel()));
        } else if (c instanceof JCheckBox cb && last[0] != null && values.containsKey(last[0])) {
            cb.setSelected(Boolean.parseBoolean(values.get(last[0])));
            done.add(last[0]);
        } else if (last[0] != null && values.containsKey(last[0])) {
            String v = values.get(last[0]);
            boolean set = true;
            if (c instanceof TextComponent tc) tc.setText(v);
            else if (c instanceof JTextComponent tc) tc.setText(v);
            else if (c instanceof Choice ch) ch.select(v);
            else if (c instanceof JComboBox<?> cb) ((JComboBox<Object>) cb).setSelectedItem(v);
            else set = false;
            if (set) {
                done.add(last[0]);
                last[0] = null;
            }
        }
        if (c instanceof Container ct) for (Component k : ct.getComponents()) fillIn(k, values, last, done);
    }

    /** The "file" field under an image or mask choice fills as "<that label>/file". */
    private static String fileOf(String key, Map<String, String> values, Set<String> done) {
        if (!key.equals("file")) return key;
        for (String k : done) if (values.containsKey(k + "/file") && !done.contains(k + "/file")) return k + "/file";
        return key;
    }

    private static boolean pressOk(Window w) throws Exception {
        AtomicReference<Boolean> pressed = new AtomicReference<>(false);
        EventQueue.invokeAndWait(() -> pressed.set(press(w)));
        return pressed.get();
    }

    private static boolean press(Component c) {
        if (c instanceof Button b && b.getLabel() != null && "OK".equals(b.getLabel().trim())) {
            ActionEvent e = new ActionEvent(b, ActionEvent.ACTION_PERFORMED, b.getActionCommand());
            for (ActionListener l : b.getActionListeners()) l.actionPerformed(e);
            return true;
        }
        if (c instanceof AbstractButton b && b.getText() != null && "OK".equals(b.getText().trim())) {
            b.doClick();
            return true;
        }
        if (c instanceof Container ct) for (Component k : ct.getComponents()) if (press(k)) return true;
        return false;
    }
}
