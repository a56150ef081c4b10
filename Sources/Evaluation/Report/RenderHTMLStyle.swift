/// The HTML report's inline style and its optional script. No web fonts, no external resources:
/// the system font stack, with Noto named for the scripts the sample KB uses.
enum HTMLStyle {
    static let css = """
    :root{--good:#116329;--good-bg:#d7f5dd;--fair:#7d4e00;--fair-bg:#fff1b8;--poor:#a40e26;--poor-bg:#ffdfdc;
    --ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--soft:#f6f8fa;--accent:#0969da}
    *{box-sizing:border-box}
    body{margin:0;color:var(--ink);background:#fff;font:15px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans",
    "Noto Sans CJK JP","Noto Sans Thai",sans-serif}
    main{max-width:1180px;margin:0 auto;padding:12px 16px 48px}
    h1{font-size:1.5em;margin:.4em 0 .1em}h2{font-size:1.2em;margin:1.6em 0 .5em;padding-bottom:.2em;border-bottom:1px solid var(--line)}
    h3{font-size:1em;margin:1.2em 0 .4em}
    .meta{color:var(--muted);font-size:.9em;margin:0 0 .8em}
    code{font:.9em ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;background:var(--soft);padding:0 .25em;border-radius:3px;
    overflow-wrap:anywhere}
    nav{display:flex;flex-wrap:wrap;gap:4px 14px;font-size:.9em;margin:.6em 0}
    nav a{color:var(--accent);text-decoration:none}
    .tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(112px,1fr));gap:8px;margin:.8em 0}
    .tile{border:1px solid var(--line);border-radius:6px;padding:6px 10px;background:#fff}
    .tile .v{display:block;font-size:1.3em;font-weight:600;white-space:nowrap;font-variant-numeric:tabular-nums}
    .tile .k{display:block;color:var(--muted);font-size:.8em}
    .tile.good{background:var(--good-bg);border-color:#a5e3b2}.tile.fair{background:var(--fair-bg);border-color:#f0d66b}
    .tile.poor{background:var(--poor-bg);border-color:#f5b1aa}
    .banner{border-left:5px solid var(--good);background:var(--good-bg);padding:8px 12px;border-radius:4px;margin:.8em 0}
    .banner.bad{border-color:var(--poor);background:var(--poor-bg)}
    .scroll{overflow-x:auto;max-width:100%}
    table{border-collapse:collapse;font-size:.88em;font-variant-numeric:tabular-nums;margin:.3em 0}
    th,td{padding:4px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
    thead th{background:var(--soft);white-space:nowrap}
    .num{text-align:right;white-space:nowrap}
    .scroll tbody th:first-child{position:sticky;left:0;background:#fff;z-index:1}
    td.good{background:var(--good-bg);color:var(--good)}td.fair{background:var(--fair-bg);color:var(--fair)}
    td.poor{background:var(--poor-bg);color:var(--poor);font-weight:600}
    tr.all td{font-weight:600;border-bottom:2px solid var(--ink)}
    .legend{font-size:.82em;color:var(--muted)}
    .chip{display:inline-block;padding:0 6px;border-radius:10px;font-size:.8em;margin-right:4px}
    .chip.good{background:var(--good-bg);color:var(--good)}.chip.fair{background:var(--fair-bg);color:var(--fair)}
    .chip.poor{background:var(--poor-bg);color:var(--poor)}
    svg{display:block;max-width:100%;height:auto}
    svg text{font-family:inherit;font-size:12px;fill:var(--ink)}
    .nowrap{white-space:nowrap}td.msg{min-width:16em}
    .regressed td{background:var(--poor-bg)}.regressed td:first-child{border-left:4px solid var(--poor)}
    .improved td:first-child{border-left:4px solid var(--good)}
    details.case{border:1px solid var(--line);border-radius:6px;margin:6px 0;background:#fff}
    details.case[open]{box-shadow:0 1px 4px rgba(0,0,0,.08)}
    details.case>summary{cursor:pointer;padding:6px 10px;list-style-position:outside;margin-left:14px}
    details.case>summary .why{color:var(--poor)}
    details.case .body{padding:4px 12px 12px;border-top:1px solid var(--line)}
    .tag{display:inline-block;font-size:.75em;padding:0 6px;border-radius:3px;background:var(--soft);border:1px solid var(--line);
    margin-right:4px}
    .tag.reg{background:var(--poor);color:#fff;border-color:var(--poor)}
    ol.turns{margin:.3em 0;padding-left:1.6em}
    ol.turns li,.answer{white-space:pre-wrap;overflow-wrap:anywhere}
    .answer{background:var(--soft);border-left:3px solid var(--accent);padding:6px 10px;margin:.3em 0}
    table.sides{width:100%;table-layout:fixed}table.sides th:first-child{width:9em}
    table.sides td{overflow-wrap:anywhere}
    table.sides tr.miss td{background:var(--poor-bg)}table.sides tr.hit td:last-child{color:var(--good)}
    ul.failures{margin:.3em 0;padding-left:1.4em;color:var(--poor)}
    mark{background:#ffd8b5;padding:0 2px;border-radius:2px}
    table.trace td:first-child{white-space:nowrap;color:var(--muted)}
    .controls{margin:.4em 0}.controls button{font:inherit;font-size:.85em;margin-right:6px}
    @media (max-width:640px){body{font-size:14px}main{padding:8px}table.sides th:first-child{width:6.5em}th,td{padding:3px 5px}}
    @media print{details.case{break-inside:avoid}.controls{display:none}}
    """

    /// Expand/collapse all failing cases. Optional: without it every case still opens on its own.
    /// The buttons are hidden until the script shows them, so a page without scripts shows none.
    static let script = """
    document.querySelectorAll('.controls').forEach(function(c){c.hidden=false;});
    document.querySelectorAll('[data-open]').forEach(function(b){b.addEventListener('click',function(){
    var open=b.getAttribute('data-open')==='1';document.querySelectorAll('details.case').forEach(function(d){d.open=open;});});});
    """
}
