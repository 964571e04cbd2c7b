/** The few words the report document adds to the model's texts (from i18n `report`). */
export interface ReportLabels {
  /** Caption of a chart's hidden table of values. */
  chartData: string;
  /** Header of its category column. */
  category: string;
}
