/**
 * Colours and fonts the chart builders need from the page, so that builders stay pure and a chart
 * follows light/dark mode and the bundled Arabic font.
 */
export interface ChartTheme {
  dark: boolean
  text: string
  muted: string
  axis: string
  split: string
  background: string
  tooltipBackground: string
  tooltipBorder: string
  font: string
}

const FONT = "'Noto Naskh Arabic', system-ui, sans-serif"

export const LIGHT_THEME: ChartTheme = {
  dark: false,
  text: '#1d2330',
  muted: '#5b6475',
  axis: '#8a93a3',
  split: '#e4e8ef',
  background: 'transparent',
  tooltipBackground: '#ffffff',
  tooltipBorder: '#d9dee7',
  font: FONT,
}

export const DARK_THEME: ChartTheme = {
  dark: true,
  text: '#e6e9ef',
  muted: '#a3acbb',
  axis: '#6b7587',
  split: '#2e3746',
  background: 'transparent',
  tooltipBackground: '#1a202a',
  tooltipBorder: '#2e3746',
  font: FONT,
}

/** Option parts every chart shares: text colour and font, tooltip look, no animation. */
export function baseOption(theme: ChartTheme, rtl: boolean) {
  return {
    animation: false,
    backgroundColor: theme.background,
    textStyle: { color: theme.text, fontFamily: theme.font },
    tooltip: {
      confine: true,
      backgroundColor: theme.tooltipBackground,
      borderColor: theme.tooltipBorder,
      textStyle: { color: theme.text, fontFamily: theme.font },
      extraCssText: `direction:${rtl ? 'rtl' : 'ltr'};text-align:start;`,
    },
  }
}

export function axisStyle(theme: ChartTheme) {
  return {
    axisLine: { lineStyle: { color: theme.axis } },
    axisTick: { lineStyle: { color: theme.axis } },
    axisLabel: { color: theme.muted, fontFamily: theme.font },
    splitLine: { lineStyle: { color: theme.split } },
    nameTextStyle: { color: theme.muted, fontFamily: theme.font },
  }
}

export function legendStyle(theme: ChartTheme) {
  return {
    textStyle: { color: theme.text, fontFamily: theme.font },
    pageTextStyle: { color: theme.muted },
    pageIconColor: theme.text,
    pageIconInactiveColor: theme.axis,
    inactiveColor: theme.axis,
  }
}
