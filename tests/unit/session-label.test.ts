/** The next meeting's session label (renderer/domain/sessionLabel.ts): 제4차 -> 제5차, 4th -> 5th. */
import { describe, expect, it } from 'vitest';
import { nextSessionLabel } from '../../renderer/domain/sessionLabel';

describe('next session label', () => {
  it.each([
    ['제4차', '제5차'],
    ['제9차', '제10차'],
    ['제 4 차', '제 5 차'],
    ['4차', '5차'],
    ['2021년 제4차', '2021년 제5차'],
    ['제8기 제4차', '제8기 제5차'],
    ['4th', '5th'],
    ['1st', '2nd'],
    ['2nd', '3rd'],
    ['3rd', '4th'],
    ['10th', '11th'],
    ['11th', '12th'],
    ['12th', '13th'],
    ['20th', '21st'],
    ['21st', '22nd'],
    ['111th', '112th'],
    ['4TH', '5TH'],
    ['2021 4th meeting', '2021 5th meeting'],
    ['No. 7', 'No. 8'],
    ['#3', '#4'],
  ])('%s -> %s', (label, next) => {
    expect(nextSessionLabel(label)).toBe(next);
  });

  it.each(['', '정기회', 'Spring session', 'fourth', '2021'])('leaves %j alone', (label) => {
    expect(nextSessionLabel(label)).toBe(label);
  });
});
