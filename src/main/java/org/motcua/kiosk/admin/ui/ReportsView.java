package org.motcua.kiosk.admin.ui;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.beans.factory.ObjectProvider;

import org.motcua.kiosk.base.TimeConfiguration;
import org.motcua.kiosk.hub.HubRegistry;
import org.motcua.kiosk.survey.QueueFigureRow;
import org.motcua.kiosk.survey.RatedLine;
import org.motcua.kiosk.survey.ReportCharts;
import org.motcua.kiosk.survey.ReportCsv;
import org.motcua.kiosk.survey.ReportCut;
import org.motcua.kiosk.survey.ReportPeriod;
import org.motcua.kiosk.survey.SatisfactionReport;
import org.motcua.kiosk.survey.SatisfactionRow;

/**
 * The office's reports: Decision 766's satisfaction rate for a period, big; the counted ratings cut by day, week,
 * month, counter, officer, service, field or level; the "không hài lòng" with their reasons; the flagged presses;
 * the queue's figures by the same cut; charts drawn on the server as SVG; every table as a CSV for Excel. On the hub,
 * the same for all offices or one, and cut by office too, to compare offices side by side (a kiosk has neither).
 */
@Route(value = "admin/reports", autoLayout = false)
@PageTitle("Báo cáo / Reports")
@RolesAllowed("ADMIN")
public class ReportsView extends BackOfficePage {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(TimeConfiguration.VIETNAM);
    private static final DateTimeFormatter CSV_WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(TimeConfiguration.VIETNAM);

    private final SatisfactionReport allReports;
    /** The reports of the office chosen on the hub, or of everything (a kiosk: its own office). */
    private SatisfactionReport reports;
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Select<ReportCut> cut = new Select<>();
    /** On the hub only: the office whose records the reports count, "" for all offices. */
    final Select<String> office = new Select<>();
    final Span rate = new Span();
    final Paragraph rateDetail = new Paragraph();
    final Grid<SatisfactionRow> satisfaction = new Grid<>();
    final Grid<QueueFigureRow> queueGrid = new Grid<>();
    final Paragraph queueNote = new Paragraph();
    final Grid<RatedLine> dissatisfied = new Grid<>();
    final H2 flaggedTitle = new H2();
    final Paragraph flaggedNote = new Paragraph();
    final Grid<RatedLine> flagged = new Grid<>();
    final Div charts = new Div();
    /** The tables as CSV, kept from the last refresh; downloads read them outside the UI lock. */
    final Map<String, byte[]> csv = new java.util.concurrent.ConcurrentHashMap<>();
    private ReportCut shownCut = ReportCut.DAY;

    public ReportsView(SatisfactionReport reports, Clock clock, AuthenticationContext auth,
                       ObjectProvider<HubRegistry> hub) {
        super("report.title", auth);
        this.allReports = reports;
        this.reports = reports;
        LocalDate today = LocalDate.now(clock);
        from.setLabel(getTranslation("report.from"));
        from.setValue(today.withDayOfMonth(1));
        to.setLabel(getTranslation("report.to"));
        to.setValue(today);
        cut.setLabel(getTranslation("report.cut"));
        // The cut by office on the hub only: a kiosk's records are all its own office's.
        cut.setItems(reports.cuts());
        cut.setItemLabelGenerator(c -> getTranslation("report.cut." + c.name()));
        cut.setValue(ReportCut.DAY);
        Button show = new Button(getTranslation("report.show"), e -> refresh());
        Div pickers = new Div(from, to, cut, show);
        HubRegistry registry = hub.getIfAvailable();
        if (registry != null) {
            // The hub holds every office's records; a kiosk's database has no office to filter on.
            var offices = registry.offices();
            office.setLabel(getTranslation("hub.report.office"));
            office.setItems(java.util.stream.Stream.concat(java.util.stream.Stream.of(""),
                    offices.stream().map(HubRegistry.Office::code)).toList());
            office.setItemLabelGenerator(code -> code.isEmpty() ? getTranslation("hub.report.allOffices")
                    : offices.stream().filter(o -> o.code().equals(code)).findFirst()
                            .map(o -> o.code() + " · " + o.name()).orElse(code));
            office.setValue("");
            pickers.addComponentAtIndex(0, office);
        }
        pickers.addClassName("report-pickers");

        rate.addClassName("report-rate");
        rate.getStyle().set("font-size", "3rem").set("font-weight", "bold");
        Div rateBox = new Div(new H2(getTranslation("report.rate")), rate, rateDetail,
                new Paragraph(getTranslation("report.rate.note")));
        rateBox.addClassName("report-rate-box");

        satisfaction.setAllRowsVisible(true);
        queueGrid.setAllRowsVisible(true);
        lineColumns(dissatisfied, false);
        lineColumns(flagged, true);
        dissatisfied.setAllRowsVisible(true);
        flagged.setAllRowsVisible(true);

        add(pickers, rateBox, charts,
                new H2(getTranslation("report.satisfaction")), satisfaction,
                download("satisfaction", "report.csv.satisfaction"),
                new H2(getTranslation("report.queue")), queueNote, queueGrid, download("queue", "report.csv.queue"),
                new H2(getTranslation("report.list.dissatisfied")), dissatisfied,
                download("dissatisfied", "report.csv.dissatisfied"),
                flaggedTitle, flaggedNote, flagged, download("flagged", "report.csv.flagged"));
        refresh();
    }

    void refresh() {
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            refused(getTranslation("report.badPeriod"));
            return;
        }
        message.setText("");
        String chosenOffice = office.getValue();
        reports = chosenOffice == null || chosenOffice.isEmpty() ? allReports : allReports.ofOffice(chosenOffice);
        ReportPeriod period = ReportPeriod.ofDays(from.getValue(), to.getValue());
        ReportCut c = cut.getValue() == null ? ReportCut.DAY : cut.getValue();
        shownCut = c;

        SatisfactionRow total = reports.total(period);
        rate.setText(total.satisfactionRate().isPresent() ? percent(total.satisfactionRate().getAsDouble()) + " %" : "—");
        rateDetail.setText(total.rated() == 0 ? getTranslation("report.rate.none")
                : getTranslation("report.rate.detail", total.rated(), total.dissatisfied()));

        List<SatisfactionRow> rows = reports.satisfaction(period, c);
        List<String> levels = SatisfactionRow.LEVEL_ORDER.stream()
                .filter(l -> rows.stream().anyMatch(r -> r.levels().containsKey(l))).toList();
        satisfactionColumns(levels);
        satisfaction.setItems(rows);
        csv.put("satisfaction", satisfactionCsv(rows, levels));

        ReportCut queueCut = c.appliesToQueue() ? c : ReportCut.DAY;
        queueNote.setVisible(!c.appliesToQueue());
        queueNote.setText(getTranslation("report.queue.notApplicable", getTranslation("report.cut." + c.name())));
        List<QueueFigureRow> queueRows = reports.queue(period, queueCut);
        queueColumns(queueCut);
        queueGrid.setItems(queueRows);
        csv.put("queue", queueCsv(queueRows, queueCut));

        List<RatedLine> notSatisfied = reports.dissatisfied(period);
        dissatisfied.setItems(notSatisfied);
        csv.put("dissatisfied", linesCsv(notSatisfied, false));
        int flaggedCount = reports.flaggedCount(period);
        List<RatedLine> flaggedLines = reports.flagged(period);
        flaggedTitle.setText(getTranslation("report.list.flagged", flaggedCount));
        flaggedNote.setVisible(flaggedCount > flaggedLines.size());
        flaggedNote.setText(getTranslation("report.list.flaggedCapped", flaggedLines.size()));
        flagged.setItems(flaggedLines);
        csv.put("flagged", linesCsv(flaggedLines, true));

        drawCharts(period, c, rows, queueCut == ReportCut.SERVICE ? queueRows : reports.queue(period, ReportCut.SERVICE));
        if (queueCut == ReportCut.OFFICE) {
            // Offices compared: their waits side by side too, after the waits by service.
            charts.add(chart(ReportCharts.waitingByService(getTranslation("report.chart.waitByOffice"),
                    getTranslation("report.cut.OFFICE"), getTranslation("report.chart.minutes"),
                    getTranslation("report.chart.average"), getTranslation("report.chart.p90"),
                    queueRows.stream().map(r -> named(ReportCut.OFFICE, r)).toList()), "report.chart.waitByOffice"));
        }
    }

    private QueueFigureRow named(ReportCut c, QueueFigureRow s) {
        // Named here, office and all: the chart shows the label.
        return new QueueFigureRow(s.key(), shown(c, s.key(), s.label(), s.office()), s.issued(), s.finished(),
                s.noShows(), s.waits(), s.averageWaitMinutes(), s.p90WaitMinutes(), s.averageServiceMinutes());
    }

    private void drawCharts(ReportPeriod period, ReportCut c, List<SatisfactionRow> rows, List<QueueFigureRow> byService) {
        List<SatisfactionRow> days = c == ReportCut.DAY ? rows : reports.satisfaction(period, ReportCut.DAY);
        Map<String, String> levelNames = new LinkedHashMap<>();
        SatisfactionRow.LEVEL_ORDER.forEach(l -> levelNames.put(l, getTranslation("rating.level." + l)));
        List<SatisfactionRow> named = rows.stream().map(r -> new SatisfactionRow(r.key(),
                shown(c, r.key(), r.label(), r.office()), r.rated(), r.dissatisfied(), r.levels())).toList();
        List<QueueFigureRow> services = byService.stream().map(s -> named(ReportCut.SERVICE, s)).toList();
        charts.removeAll();
        charts.add(
                chart(ReportCharts.rateByDay(getTranslation("report.chart.rate"), getTranslation("report.chart.day"),
                        getTranslation("report.chart.percent"), days), "report.chart.rate"),
                chart(ReportCharts.levelShares(getTranslation("report.chart.levels"),
                        getTranslation("report.cut." + c.name()), getTranslation("report.chart.percent"), named,
                        levelNames), "report.chart.levels"),
                chart(ReportCharts.waitingByService(getTranslation("report.chart.wait"),
                        getTranslation("report.chart.service"), getTranslation("report.chart.minutes"),
                        getTranslation("report.chart.average"), getTranslation("report.chart.p90"), services),
                        "report.chart.wait"));
    }

    private Image chart(String svg, String titleKey) {
        Image image = new Image(ReportCharts.dataUrl(svg), getTranslation(titleKey));
        image.addClassName("report-chart");
        image.getStyle().set("max-width", "100%");
        image.getElement().setAttribute("data-chart", titleKey);
        return image;
    }

    // ------------------------------------------------------------------ tables

    private void satisfactionColumns(List<String> levels) {
        satisfaction.removeAllColumns();
        satisfaction.addColumn(r -> shown(shownCut, r.key(), r.label(), r.office()))
                .setHeader(getTranslation("report.cut." + shownCut.name()))
                .setFlexGrow(2);
        satisfaction.addColumn(SatisfactionRow::rated).setHeader(getTranslation("report.rated"));
        satisfaction.addColumn(SatisfactionRow::dissatisfied).setHeader(getTranslation("report.dissatisfied"));
        satisfaction.addColumn(r -> r.satisfactionRate().isPresent() ? percent(r.satisfactionRate().getAsDouble()) : "")
                .setHeader(getTranslation("report.rateColumn"));
        for (String level : levels) {
            satisfaction.addColumn(r -> percent(r.share(level)))
                    .setHeader(getTranslation("report.share", getTranslation("rating.level." + level)));
        }
    }

    private void queueColumns(ReportCut queueCut) {
        queueGrid.removeAllColumns();
        queueGrid.addColumn(r -> shown(queueCut, r.key(), r.label(), r.office()))
                .setHeader(getTranslation("report.cut." + queueCut.name()))
                .setFlexGrow(2);
        queueGrid.addColumn(QueueFigureRow::issued).setHeader(getTranslation("report.queue.issued"));
        queueGrid.addColumn(QueueFigureRow::finished).setHeader(getTranslation("report.queue.finished"));
        queueGrid.addColumn(QueueFigureRow::noShows).setHeader(getTranslation("report.queue.noShows"));
        queueGrid.addColumn(r -> minutes(r.averageWaitMinutes())).setHeader(getTranslation("report.queue.avgWait"));
        queueGrid.addColumn(r -> minutes(r.p90WaitMinutes())).setHeader(getTranslation("report.queue.p90Wait"));
        queueGrid.addColumn(r -> minutes(r.averageServiceMinutes())).setHeader(getTranslation("report.queue.avgService"));
    }

    private void lineColumns(Grid<RatedLine> grid, boolean withFlag) {
        grid.addColumn(l -> WHEN.format(l.recordedAt())).setHeader(getTranslation("report.col.when"));
        grid.addColumn(l -> getTranslation("report.channel." + l.channel())).setHeader(getTranslation("report.col.channel"));
        grid.addColumn(l -> getTranslation("rating.level." + l.levelKey())).setHeader(getTranslation("report.col.level"));
        if (withFlag) {
            grid.addColumn(l -> l.flag() == null ? "" : getTranslation("report.flag." + l.flag()))
                    .setHeader(getTranslation("report.col.flag"));
        } else {
            grid.addColumn(this::reasons).setHeader(getTranslation("report.col.reasons")).setFlexGrow(2);
            grid.addColumn(l -> l.comment() == null ? "" : l.comment()).setHeader(getTranslation("report.col.comment"))
                    .setFlexGrow(3);
        }
        grid.addColumn(l -> orEmpty(l.ticketDisplay())).setHeader(getTranslation("report.col.ticket"));
        grid.addColumn(l -> orEmpty(l.dossierCode())).setHeader(getTranslation("report.col.dossier")).setFlexGrow(2);
        grid.addColumn(l -> l.counter() == null ? "" : l.counter().toString()).setHeader(getTranslation("report.col.counter"));
        grid.addColumn(l -> orEmpty(l.officer())).setHeader(getTranslation("report.col.officer"));
    }

    // ------------------------------------------------------------------ CSV

    private Anchor download(String name, String textKey) {
        Locale locale = getLocale();
        Supplier<byte[]> bytes = () -> csv.getOrDefault(name, new byte[0]);
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] b = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(b), fileName(name), "text/csv; charset=UTF-8", b.length);
        }), getTranslation(locale, textKey));
        a.setDownload(true);
        a.getElement().setAttribute("data-csv", name);
        a.addClassName("report-csv");
        return a;
    }

    private String fileName(String name) {
        return "bao-cao-" + name + "-" + from.getValue() + "-" + to.getValue() + ".csv";
    }

    byte[] satisfactionCsv(List<SatisfactionRow> rows, List<String> levels) {
        List<String> header = new ArrayList<>(List.of(getTranslation("report.cut." + shownCut.name()),
                getTranslation("report.rated"), getTranslation("report.dissatisfied"), getTranslation("report.rateColumn")));
        levels.forEach(l -> header.add(getTranslation("report.share", getTranslation("rating.level." + l))));
        return ReportCsv.write(header, rows.stream().map(r -> {
            List<String> cells = new ArrayList<>(List.of(shown(shownCut, r.key(), r.label(), r.office()),
                    Integer.toString(r.rated()),
                    Integer.toString(r.dissatisfied()),
                    r.satisfactionRate().isPresent() ? csvNumber(r.satisfactionRate().getAsDouble()) : ""));
            levels.forEach(l -> cells.add(csvNumber(r.share(l))));
            return cells;
        }).toList());
    }

    private byte[] queueCsv(List<QueueFigureRow> rows, ReportCut queueCut) {
        List<String> header = List.of(getTranslation("report.cut." + queueCut.name()),
                getTranslation("report.queue.issued"), getTranslation("report.queue.finished"),
                getTranslation("report.queue.noShows"), getTranslation("report.queue.avgWait"),
                getTranslation("report.queue.p90Wait"), getTranslation("report.queue.avgService"));
        Function<Double, String> n = d -> d == null ? "" : csvNumber(d);
        return ReportCsv.write(header, rows.stream().map(r -> List.of(shown(queueCut, r.key(), r.label(), r.office()),
                Integer.toString(r.issued()), Integer.toString(r.finished()), Integer.toString(r.noShows()),
                n.apply(r.averageWaitMinutes()), n.apply(r.p90WaitMinutes()), n.apply(r.averageServiceMinutes())))
                .toList());
    }

    private byte[] linesCsv(List<RatedLine> lines, boolean withFlag) {
        List<String> header = new ArrayList<>(List.of(getTranslation("report.col.when"),
                getTranslation("report.col.channel"), getTranslation("report.col.level")));
        if (withFlag) {
            header.add(getTranslation("report.col.flag"));
        } else {
            header.addAll(List.of(getTranslation("report.col.reasons"), getTranslation("report.col.comment")));
        }
        header.addAll(List.of(getTranslation("report.col.ticket"), getTranslation("report.col.dossier"),
                getTranslation("report.col.service"), getTranslation("report.col.counter"),
                getTranslation("report.col.officer")));
        return ReportCsv.write(header, lines.stream().map(l -> {
            List<String> cells = new ArrayList<>(List.of(CSV_WHEN.format(l.recordedAt()),
                    getTranslation("report.channel." + l.channel()), getTranslation("rating.level." + l.levelKey())));
            if (withFlag) {
                cells.add(l.flag() == null ? "" : getTranslation("report.flag." + l.flag()));
            } else {
                cells.add(reasons(l));
                cells.add(orEmpty(l.comment()));
            }
            cells.addAll(List.of(orEmpty(l.ticketDisplay()), orEmpty(l.dossierCode()), orEmpty(l.serviceId()),
                    l.counter() == null ? "" : l.counter().toString(), orEmpty(l.officer())));
            return cells;
        }).toList());
    }

    // ------------------------------------------------------------------ formatting

    /**
     * A slice's name. On the hub, an office's counter or officer (office not null) is named with its office, as
     * "Phường Mẫu — Quầy 1" and "Phường Mẫu — canbo1", whether all offices are shown or one: the same slice reads the
     * same in the table, the charts and a CSV file read later, which does not say which office was chosen.
     */
    private String shown(ReportCut c, String key, String label, String office) {
        if (office == null) {
            return shown(c, key, label);
        }
        String who = c == ReportCut.COUNTER && label == null && key != null && !key.isEmpty()
                ? getTranslation("report.counterNumber", key) : shown(c, key, label);
        return getTranslation("report.ofOffice", office.isEmpty() ? getTranslation("report.unknown") : office, who);
    }

    private String shown(ReportCut c, String key, String label) {
        if (c == ReportCut.LEVEL && label == null) {
            return getTranslation("rating.level." + key);
        }
        if (label != null) {
            return label;
        }
        return key == null || key.isEmpty() ? getTranslation("report.unknown") : key;
    }

    private String reasons(RatedLine l) {
        return String.join("; ", l.reasons().stream().map(r -> getTranslation("reason." + r)).toList());
    }

    private String percent(double value) {
        return String.format(getLocale(), "%.1f", value);
    }

    private String minutes(Double value) {
        return value == null ? "" : String.format(getLocale(), "%.1f", value);
    }

    private static String csvNumber(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
