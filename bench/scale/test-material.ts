/**
 * Material written for the generator's tests: short English paragraphs, some with quotations,
 * standing in for the real paragraphs the benchmark recombines.
 */

/** Twelve paragraphs, four of them with a quotation of six or more words. */
export const TEST_PARAGRAPHS: readonly string[] = [
  'The council met on Tuesday to discuss the budget. Members of the council argued for hours.',
  '“We have to fix the roads before the winter comes,” the mayor said to the press.',
  'The budget vote was delayed for a week by the council. Residents of the city were angry.',
  'Police said the bridge would be closed for repairs. Traffic on the ring road was heavy.',
  '“Nobody in this city should wait that long for a bus,” a commuter told the reporters.',
  'The school board approved a new plan for the district. Teachers welcomed the change.',
  'A spokesperson for the governor declined to comment on the report. The report was leaked.',
  '“This is the biggest investment in the history of the county,” the governor said on Friday.',
  'Prices at the pump rose for the third week in a row. Drivers in the region were worried.',
  'The river flooded parts of the old town on Sunday. Volunteers filled sandbags all night.',
  '“We will rebuild every house that the water has damaged,” the mayor promised the residents.',
  'The hospital opened a new wing for children. Doctors from the region attended the opening.',
];
