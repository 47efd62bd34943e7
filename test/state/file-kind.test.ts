import { describe, expect, it } from 'vitest';
import { isWorkbookFile } from '../../src/state/file-kind';

const file = (name: string, text: string) => new File([text], name);

describe('isWorkbookFile', () => {
  it('treats .segbook.json and JSON carrying the workbook format tag as workbooks', async () => {
    expect(await isWorkbookFile(file('a.segbook.json', 'garbage'))).toBe(true);
    expect(await isWorkbookFile(file('shared.json', '{\n  "cells": [],\n  "format": "segbook.workbook"'))).toBe(true);
  });

  it('sends a truncated or broken .json to Open so it gets the workbook error', async () => {
    expect(await isWorkbookFile(file('broken.json', '{"format": "segb'))).toBe(true);
  });

  it('treats JSON arrays and JSON lines as data', async () => {
    expect(await isWorkbookFile(file('orders.json', ' [{"id": 1}, {"id": 2}]'))).toBe(false);
    expect(await isWorkbookFile(file('events.json', '{"id": 1}\n{"id": 2}\n'))).toBe(false);
  });

  it('never treats other extensions as workbooks', async () => {
    expect(await isWorkbookFile(file('orders.csv', '{"format": "segbook.workbook"}'))).toBe(false);
    expect(await isWorkbookFile(file('events.ndjson', '{"a":1}'))).toBe(false);
  });
});
