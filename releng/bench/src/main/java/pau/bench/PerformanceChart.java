package pau.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** Time against main size for going offline and its floor: medians, with min–max bars, on a log size axis. */
final class PerformanceChart {

	private PerformanceChart() {
	}

	static void write(Path png, List<Result> results) throws IOException {
		YIntervalSeries pau = new YIntervalSeries("PAU Desk: pau-cli go-offline, 10 procedures (whole process)");
		YIntervalSeries floor = new YIntervalSeries("floor: bare JDBC copy of the same rows (whole process)");
		for (Result r : results) {
			if (r.scenario().equals(GoOfflineScenario.NAME)) {
				pau.add(r.mainSize(), r.pau().median(), r.pau().min(), r.pau().max());
				floor.add(r.mainSize(), r.floorTimes().median(), r.floorTimes().min(), r.floorTimes().max());
			}
		}
		YIntervalSeriesCollection data = new YIntervalSeriesCollection();
		data.addSeries(pau);
		data.addSeries(floor);
		LogAxis size = new LogAxis("procedures in main (log scale)");
		size.setBase(10);
		size.setTickUnit(new NumberTickUnit(1)); // one tick per power of ten
		size.setMinorTickCount(9);
		size.setMinorTickMarksVisible(true);
		if (pau.getItemCount() > 0) {
			size.setRange(pau.getX(0).doubleValue() / 2, pau.getX(pau.getItemCount() - 1).doubleValue() * 2);
		}
		size.setNumberFormatOverride(new java.text.DecimalFormat("#,##0"));
		NumberAxis seconds = new NumberAxis("wall time, s (median; bars: min–max)");
		seconds.setAutoRangeIncludesZero(true);
		XYErrorRenderer renderer = new XYErrorRenderer();
		renderer.setDrawXError(false);
		renderer.setDefaultLinesVisible(true);
		renderer.setDefaultShapesVisible(true);
		renderer.setErrorStroke(new BasicStroke(1.5f));
		renderer.setSeriesPaint(0, new Color(0xC0392B));
		renderer.setSeriesPaint(1, new Color(0x2471A3));
		renderer.setSeriesStroke(0, new BasicStroke(2f));
		renderer.setSeriesStroke(1, new BasicStroke(2f));
		XYPlot plot = new XYPlot(data, size, seconds, renderer);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
		plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
		JFreeChart chart = new JFreeChart("Going offline with the same 10 procedures vs main size", plot);
		chart.setBackgroundPaint(Color.WHITE);
		ChartUtils.saveChartAsPNG(png.toFile(), chart, 900, 540);
	}
}
