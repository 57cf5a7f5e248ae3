const t0 = performance.now()
const { tagText } = await import('./src/pipeline/temporal/index')
const t1 = performance.now()
tagText('وصل الوفد أمس الجمعة في 5 يناير 2022 الساعة الثالثة', { published: '2022-01-08' })
const t2 = performance.now()
tagText('وصل الوفد أمس الجمعة في 5 يناير 2022 الساعة الثالثة', { published: '2022-01-08' })
const t3 = performance.now()
console.log(
  'import',
  (t1 - t0).toFixed(0),
  'first',
  (t2 - t1).toFixed(0),
  'second',
  (t3 - t2).toFixed(1),
)
