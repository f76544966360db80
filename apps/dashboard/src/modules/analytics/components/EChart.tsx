import { Button, Group, useTranslation } from '@massar/ui';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState } from 'react';
import { saveFile } from '../utils/download';
import classes from './Dashboard.module.css';

// Only what the dashboard draws, so the chunk stays small (ECharts is tree-shaken from echarts/core).
echarts.use([LineChart, BarChart, GridComponent, TooltipComponent, AriaComponent, CanvasRenderer]);

interface Props {
  option: echarts.EChartsCoreOption;
  /** The chart's accessible name (ECharts' aria module adds a description of the data). */
  label: string;
  /** The PNG's file name. */
  filename: string;
  /** Called once the image is saved, to log the export. */
  onSaved: () => void;
}

/** An ECharts chart that fits its box, with a button that saves it as a PNG image. */
export function EChart({ option, label, filename, onSaved }: Props) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<echarts.ECharts | null>(null);

  useEffect(() => {
    const instance = echarts.init(box.current!, undefined, { renderer: 'canvas' });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current!);
    setChart(instance);
    return () => {
      observer.disconnect();
      instance.dispose();
    };
  }, []);

  useEffect(() => {
    chart?.setOption(option, { notMerge: true });
  }, [chart, option]);

  const save = () => {
    if (!chart) return;
    saveFile(chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' }), filename);
    onSaved();
  };

  return (
    <div>
      <div ref={box} className={classes.chart} role="img" aria-label={label} />
      <Group justify="flex-end" mt="xs">
        <Button variant="default" size="sm" onClick={save} disabled={!chart}>
          {t('dashboard.chart.savePng')}
        </Button>
      </Group>
    </div>
  );
}
