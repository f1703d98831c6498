package org.motcua.kiosk.survey;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

import org.motcua.kiosk.base.BundledFonts;

/**
 * The report's charts, drawn on the server with JFreeChart into SVG (no front-end code): the satisfaction rate by
 * day, the share of each level, the waiting time by service. Texts come translated from the caller; the bundled
 * Noto Sans is set on every text so the SVG names a font with all Vietnamese letters (the browser falls back to a
 * system font where it cannot load it, and the text stays text: searchable, and readable by tests).
 */
public final class ReportCharts {

    private static final Color[] LEVEL_COLOURS = {new Color(0x1b7f3b), new Color(0x7cc47f), new Color(0xc9c9c9),
        new Color(0xe08a2e), new Color(0xe08a2e), new Color(0xb3261e)};

    private ReportCharts() {
    }

    /** A line of Decision 766's rate per day, 0–100%. */
    public static String rateByDay(String title, String dayAxis, String rateAxis, List<SatisfactionRow> days) {
        TimeSeries series = new TimeSeries(rateAxis);
        for (SatisfactionRow d : days) {
            if (d.satisfactionRate().isPresent()) {
                LocalDate day = LocalDate.parse(d.key());
                series.add(new Day(day.getDayOfMonth(), day.getMonthValue(), day.getYear()),
                        d.satisfactionRate().getAsDouble());
            }
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(title, dayAxis, rateAxis,
                new TimeSeriesCollection(series), false, false, false);
        XYPlot plot = chart.getXYPlot();
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 100);
        // Whole days only, about ten labels whatever the period's length.
        DateAxis axis = (DateAxis) plot.getDomainAxis();
        axis.setDateFormatOverride(new SimpleDateFormat("dd/MM"));
        axis.setTickUnit(new DateTickUnit(DateTickUnitType.DAY, Math.max(1, days.size() / 10)));
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, days.size() <= 62);
        line.setSeriesPaint(0, LEVEL_COLOURS[0]);
        line.setSeriesStroke(0, new BasicStroke(2f));
        plot.setRenderer(line);
        return svg(chart, 800, 360);
    }

    /**
     * One stacked bar per slice: the share of each level, adding to 100%.
     *
     * @param levelNames the shown name of each level key
     */
    public static String levelShares(String title, String cutAxis, String shareAxis, List<SatisfactionRow> rows,
                                     Map<String, String> levelNames) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<String> levels = SatisfactionRow.LEVEL_ORDER.stream()
                .filter(l -> rows.stream().anyMatch(r -> r.levels().containsKey(l))).toList();
        for (SatisfactionRow r : rows) {
            for (String level : levels) {
                data.addValue(r.share(level), levelNames.getOrDefault(level, level), r.shown());
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(title, cutAxis, shareAxis, data,
                PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 100);
        StackedBarRenderer bars = (StackedBarRenderer) plot.getRenderer();
        for (int i = 0; i < levels.size(); i++) {
            bars.setSeriesPaint(i, LEVEL_COLOURS[SatisfactionRow.LEVEL_ORDER.indexOf(levels.get(i))]);
        }
        if (rows.size() > 8) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        return svg(chart, 800, 400);
    }

    /** Average and 90th-percentile waiting time per service, in minutes. */
    public static String waitingByService(String title, String serviceAxis, String minutesAxis, String average,
                                          String p90, List<QueueFigureRow> services) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (QueueFigureRow s : services) {
            if (s.averageWaitMinutes() != null) {
                data.addValue(s.averageWaitMinutes(), average, s.shown());
                data.addValue(s.p90WaitMinutes(), p90, s.shown());
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(title, serviceAxis, minutesAxis, data,
                PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getRenderer().setSeriesPaint(0, new Color(0x1f5fa8));
        plot.getRenderer().setSeriesPaint(1, new Color(0x9dbde6));
        if (services.size() > 6) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        return svg(chart, 800, 400);
    }

    /** The SVG as a data: URL, for an {@code Image}. */
    public static String dataUrl(String svg) {
        return "data:image/svg+xml;base64,"
                + java.util.Base64.getEncoder().encodeToString(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String svg(JFreeChart chart, int width, int height) {
        StandardChartTheme theme = new StandardChartTheme("motcua");
        theme.setExtraLargeFont(BundledFonts.of(true, 18f));
        theme.setLargeFont(BundledFonts.of(true, 14f));
        theme.setRegularFont(BundledFonts.of(false, 12f));
        theme.setSmallFont(BundledFonts.of(false, 10f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(0xdddddd));
        theme.setRangeGridlinePaint(new Color(0xdddddd));
        theme.apply(chart);
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle(0, 0, width, height));
        return g.getSVGDocument();
    }
}
