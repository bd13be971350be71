// The embed demo's own script: counts what <kashif-highlight> found, from
// its bubbling `kashif:entities` event (no access to its shadow root needed).
document.addEventListener('kashif:entities', (event) => {
  if (event.target.id !== 'story') return;
  const { entities, groups } = event.detail;
  document.getElementById('count').textContent = `ما كشفه المكوّن في هذا المقال — الكيانات: ${groups.length} · مرات الذكر: ${entities.length}`;
});
