import { describe, expect, it } from 'vitest';
import { FONT_STACK, chartConfig, isDarkColour, type ThemeVariables } from '../../src/ui/charts/chart-theme';

// The values of src/app.css, light and dark.
const light: ThemeVariables = { font: FONT_STACK, surface: '#ffffff', text: '#1f2328', muted: '#646a73', border: '#e1e3e6', accent: '#2f6fde', palette: [] };
const dark: ThemeVariables = { font: FONT_STACK, surface: '#1d2024', text: '#e6e8eb', muted: '#9aa1ab', border: '#30343a', accent: '#6b9cf5', palette: [] };

describe('chart theme from the app CSS variables', () => {
  it('tells dark surfaces from light ones in the notations getComputedStyle gives', () => {
    expect(isDarkColour('#1d2024')).toBe(true);
    expect(isDarkColour('rgb(29, 32, 36)')).toBe(true);
    expect(isDarkColour('#fff')).toBe(false);
    expect(isDarkColour('rgb(247 247 245)')).toBe(false);
    expect(isDarkColour('not a colour')).toBe(false);
  });

  it('paints background, text, guides and default marks with the theme colours', () => {
    for (const vars of [light, dark]) {
      const config = chartConfig(vars, 'en');
      expect(config.background).toBe(vars.surface);
      expect(config.font).toBe(vars.font);
      expect(config.axis).toMatchObject({ labelColor: vars.muted, titleColor: vars.text, gridColor: vars.border, domainColor: vars.border });
      expect(config.legend).toMatchObject({ labelColor: vars.text, titleColor: vars.text });
      expect(config.title).toMatchObject({ color: vars.text });
      expect(config.mark).toMatchObject({ color: vars.accent, tooltip: true });
    }
  });

  it('uses a lighter palette and a dark-background ramp in dark mode, led by the accent', () => {
    const lightRange = chartConfig(light, 'en').range!;
    const darkRange = chartConfig(dark, 'en').range!;
    expect((lightRange.category as string[])[0]).toBe(light.accent);
    expect((darkRange.category as string[])[0]).toBe(dark.accent);
    expect((darkRange.category as string[]).every((c) => !isDarkColour(c))).toBe(true);
    expect(lightRange.heatmap).toEqual({ scheme: 'blues' });
    expect(darkRange.heatmap).toEqual({ scheme: 'darkblue' });
  });

  it('takes a --chart-N palette from the CSS when the app defines one', () => {
    const palette = ['#111111', '#222222', '#333333', '#444444'];
    expect(chartConfig({ ...light, palette }, 'en').range!.category).toEqual(palette);
  });

  it('keeps Korean fonts in the stack and formats numbers with separators', () => {
    expect(FONT_STACK).toMatch(/Pretendard.*Noto Sans KR.*Apple SD Gothic Neo.*Malgun Gothic.*sans-serif$/);
    const config = chartConfig(light, 'ko');
    expect(config.numberFormat).toMatch(/^,/);
    expect(config.locale?.time?.shortMonths?.[0]).toBe('1월');
    expect(chartConfig(light, 'en').locale?.time).toBeUndefined();
  });
});
