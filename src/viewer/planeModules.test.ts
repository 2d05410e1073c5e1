import { Enums, metaData } from '@cornerstonejs/core';
import { afterEach, describe, expect, it } from 'vitest';
import { forgetPlaneModules, keepPlaneModule, registerPlaneModuleProvider } from './planeModules';

const IMAGE_PLANE = Enums.MetadataModules.IMAGE_PLANE;

/** Stands for the loader's provider, which parses the image's header on every call. */
const headerReads: string[] = [];
/** What the header parse gave last. */
let lastParsed: Record<string, unknown> | undefined;
function headerProvider(type: string, imageId: unknown) {
  if (type !== IMAGE_PLANE || typeof imageId !== 'string' || !imageId.startsWith('test:')) return undefined;
  headerReads.push(imageId);
  lastParsed = {
    frameOfReferenceUID: ['1.2', '3'].join('.'),
    imagePositionPatient: [0.5, -0.25, Number(imageId.slice('test:'.length))],
    rowCosines: [1, 0, 0],
    columnCosines: [0, 1, 0],
    sliceThickness: 1.25,
  };
  return lastParsed;
}
metaData.addProvider(headerProvider, 0);
registerPlaneModuleProvider();

afterEach(() => {
  forgetPlaneModules();
  headerReads.length = 0;
});

describe('planeModules', () => {
  it('answers a kept plane without reading the header again, with the values the header gave', () => {
    keepPlaneModule('test:7');
    expect(headerReads).toEqual(['test:7']);
    for (let i = 0; i < 3; i++) expect(metaData.get(IMAGE_PLANE, 'test:7')).toMatchObject({ imagePositionPatient: [0.5, -0.25, 7] });
    expect(headerReads).toEqual(['test:7']);
  });

  it("keeps a copy of the plane with the same values and none of the header parse's arrays (they cost twice the memory)", () => {
    keepPlaneModule('test:4');
    const parsed = lastParsed!;
    const kept = metaData.get(IMAGE_PLANE, 'test:4') as Record<string, unknown>;
    expect(kept).toEqual(parsed);
    for (const key of ['imagePositionPatient', 'rowCosines', 'columnCosines']) expect(kept[key], key).not.toBe(parsed[key]);
  });

  it('gives the slices one frozen copy of the lists they repeat, and each its own position', () => {
    keepPlaneModule('test:5');
    keepPlaneModule('test:6');
    const [five, six] = ['test:5', 'test:6'].map((id) => metaData.get(IMAGE_PLANE, id) as Record<string, unknown>);
    for (const key of ['rowCosines', 'columnCosines']) {
      expect(six![key], key).toBe(five![key]);
      expect(Object.isFrozen(five![key]), key).toBe(true);
    }
    expect(five!.imagePositionPatient).toEqual([0.5, -0.25, 5]);
    expect(six!.imagePositionPatient).toEqual([0.5, -0.25, 6]);
  });

  it('leaves planes it did not keep, and other modules, to the other providers', () => {
    keepPlaneModule('test:1');
    expect(metaData.get(IMAGE_PLANE, 'test:2')).toMatchObject({ imagePositionPatient: [0.5, -0.25, 2] });
    expect(metaData.get('generalSeriesModule', 'test:1')).toBeUndefined();
    expect(headerReads).toEqual(['test:1', 'test:2']);
  });

  it('forgets every plane at close all', () => {
    keepPlaneModule('test:3');
    forgetPlaneModules();
    metaData.get(IMAGE_PLANE, 'test:3');
    expect(headerReads).toEqual(['test:3', 'test:3']);
  });

  it('keeps nothing for an image no provider knows', () => {
    keepPlaneModule('other:1');
    expect(metaData.get(IMAGE_PLANE, 'other:1')).toBeUndefined();
  });
});
