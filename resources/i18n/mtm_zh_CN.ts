<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Search name, email, phone, notes</source>
        <translation>按姓名、邮箱、电话、备注搜索</translation>
    </message>
    <message>
        <source>Add customer…</source>
        <translation>添加客户…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Change the selected customer's name, sex, email, phone or notes</source>
        <translation>修改所选客户的姓名、性别、邮箱、电话或备注</translation>
    </message>
    <message>
        <source>Measurement history</source>
        <translation>量体记录</translation>
    </message>
    <message>
        <source>Every saved version is kept; pick one to load it</source>
        <translation>每个保存的版本都会保留；选择一个版本即可载入</translation>
    </message>
    <message>
        <source>No customer book: {problem}</source>
        <translation>没有客户档案：{problem}</translation>
    </message>
    <message>
        <source>Book: {path}</source>
        <translation>档案：{path}</translation>
    </message>
    <message>
        <source>Cannot read the customer book</source>
        <translation>无法读取客户档案</translation>
    </message>
    <message>
        <source>{n} version, last {date}</source>
        <translation>{n} 个版本，最近 {date}</translation>
    </message>
    <message>
        <source>{n} versions, last {date}</source>
        <translation>{n} 个版本，最近 {date}</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>尚未量体</translation>
    </message>
    <message>
        <source>Cannot add customer</source>
        <translation>无法添加客户</translation>
    </message>
    <message>
        <source>Cannot read the measurement history</source>
        <translation>无法读取量体记录</translation>
    </message>
    <message>
        <source>Version {number} · {time}</source>
        <translation>版本 {number} · {time}</translation>
    </message>
    <message>
        <source>Saved {time}, entered in {units}</source>
        <translation>保存于 {time}，单位 {units}</translation>
    </message>
    <message>
        <source>Cannot change the customer</source>
        <translation>无法修改客户</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>添加客户</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>no measurements yet: type them in, import a file or pick a customer</source>
        <translation>尚无尺寸：请直接输入、导入文件或选择客户</translation>
    </message>
    <message>
        <source>drafting {garment}</source>
        <translation>正在制版 {garment}</translation>
    </message>
    <message>
        <source>No pattern for these measurements</source>
        <translation>这些尺寸无法制版</translation>
    </message>
    <message>
        <source>There is no drafted pattern yet: enter valid measurements and pick a garment first.</source>
        <translation>还没有纸样：请先输入有效尺寸并选择款式。</translation>
    </message>
    <message>
        <source>Drafted {garment}: {n} pieces, </source>
        <translation>已制版 {garment}：{n} 个裁片，</translation>
    </message>
    <message>
        <source>{n} checks failed</source>
        <translation>{n} 项检查未通过</translation>
    </message>
    <message>
        <source>all checks passed</source>
        <translation>所有检查均通过</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>内部错误</translation>
    </message>
    <message>
        <source>Cannot draft: {problem}</source>
        <translation>无法制版：{problem}</translation>
    </message>
    <message>
        <source>measurements</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>garment</source>
        <translation>款式</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>fabric</source>
        <translation>面料</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>网格精度</translation>
    </message>
    <message>
        <source>outfit</source>
        <translation>搭配</translation>
    </message>
    <message>
        <source>Drape mesh edge length: coarse (3 cm) drapes in seconds, fine (0.5 cm) shows small folds but is slow</source>
        <translation>试穿网格边长：粗（3 cm）几秒完成，细（0.5 cm）能显示细小褶皱但较慢</translation>
    </message>
    <message>
        <source>preparing the body</source>
        <translation>正在准备人体</translation>
    </message>
    <message>
        <source>Fitting the customer's body in the background, ready for Drape…</source>
        <translation>正在后台生成客户的人体，以便试穿…</translation>
    </message>
    <message>
        <source>The customer's body is ready: Drape drapes it at once</source>
        <translation>客户的人体已就绪：试穿将立即开始</translation>
    </message>
    <message>
        <source>the {what} changed</source>
        <translation>{what}已更改</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>Cannot drape</source>
        <translation>无法试穿</translation>
    </message>
    <message>
        <source>fitting the body</source>
        <translation>正在生成人体</translation>
    </message>
    <message>
        <source>draping</source>
        <translation>正在试穿</translation>
    </message>
    <message>
        <source>preparing the cloth simulator</source>
        <translation>正在准备布料模拟</translation>
    </message>
    <message>
        <source>Updating the drape</source>
        <translation>正在更新试穿</translation>
    </message>
    <message>
        <source>Draping {garment} in {fabric}</source>
        <translation>正在用 {fabric} 试穿 {garment}</translation>
    </message>
    <message>
        <source>Draping at {resolution} cm…</source>
        <translation>正在以 {resolution} cm 网格试穿…</translation>
    </message>
    <message>
        <source>Draped in {seconds} s: {vertices} vertices, {settled}</source>
        <translation>试穿用时 {seconds} 秒：{vertices} 个顶点，{settled}</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>已稳定</translation>
    </message>
    <message>
        <source>NOT settled</source>
        <translation>未稳定</translation>
    </message>
    <message>
        <source>{resolution} cm mesh</source>
        <translation>{resolution} cm 网格</translation>
    </message>
    <message>
        <source>TOO SMALL</source>
        <translation>过紧</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>edit measurements</source>
        <translation>编辑尺寸</translation>
    </message>
    <message>
        <source>edit {names}</source>
        <translation>编辑 {names}</translation>
    </message>
    <message>
        <source>set {option}</source>
        <translation>设置 {option}</translation>
    </message>
    <message>
        <source>change garment</source>
        <translation>更换款式</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <source>Drape the garment first (Ctrl+D).</source>
        <translation>请先试穿服装（Ctrl+D）。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Wrote {path} ({n} page)</source>
        <translation>已写入 {path}（{n} 页）</translation>
    </message>
    <message>
        <source>Wrote {path} ({n} pages)</source>
        <translation>已写入 {path}（{n} 页）</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <source>Exporting {name}</source>
        <translation>正在导出 {name}</translation>
    </message>
    <message>
        <source>A4 pages (tiled)</source>
        <translation>A4 纸（拼贴）</translation>
    </message>
    <message>
        <source>Letter pages (tiled)</source>
        <translation>Letter 纸（拼贴）</translation>
    </message>
    <message>
        <source>Plotter roll 914 mm</source>
        <translation>绘图仪卷纸 914 mm</translation>
    </message>
    <message>
        <source>Plotter roll 1600 mm</source>
        <translation>绘图仪卷纸 1600 mm</translation>
    </message>
    <message>
        <source>Export DXF</source>
        <translation>导出 DXF</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>AAMA/ASTM standard (R12)</source>
        <translation>AAMA/ASTM 标准（R12）</translation>
    </message>
    <message>
        <source>millimetres (metric)</source>
        <translation>毫米（公制）</translation>
    </message>
    <message>
        <source>inches (English)</source>
        <translation>英寸（英制）</translation>
    </message>
    <message>
        <source>Dialect</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>The fabric remembered for the {garment} ({fabric}) is no longer a preset; using the garment's own fabric.</source>
        <translation>为 {garment} 记住的面料（{fabric}）已不是预设；改用该款式自己的面料。</translation>
    </message>
    <message>
        <source>{gsm} g/m², bending {bending} N·m, {kind}</source>
        <translation>{gsm} g/m²，弯曲刚度 {bending} N·m，{kind}</translation>
    </message>
    <message>
        <source>woven</source>
        <translation>梭织</translation>
    </message>
    <message>
        <source>knit</source>
        <translation>针织</translation>
    </message>
    <message>
        <source>Fabric (how it drapes)</source>
        <translation>面料（悬垂方式）</translation>
    </message>
    <message>
        <source>Look (how it shows in 3D)</source>
        <translation>外观（3D 中的显示）</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <source>Choose the fabric's main colour</source>
        <translation>选择面料的主色</translation>
    </message>
    <message>
        <source>Default colour</source>
        <translation>默认颜色</translation>
    </message>
    <message>
        <source>Fabric colour</source>
        <translation>面料颜色</translation>
    </message>
    <message>
        <source>{look} look</source>
        <translation>{look} 外观</translation>
    </message>
    <message>
        <source> in {colour}</source>
        <translation>，颜色 {colour}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} 至 {high}</translation>
    </message>
    <message>
        <source>one of: {choices}</source>
        <translation>可选：{choices}</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>是或否</translation>
    </message>
    <message>
        <source>{range}; default {default}</source>
        <translation>{range}；默认 {default}</translation>
    </message>
    <message>
        <source>Worn with</source>
        <translation>搭配穿着</translation>
    </message>
    <message>
        <source>A second garment draped with this one: a top over a bottom, or a jacket over a shirt or a bottom (the garment underneath is draped first, the other over it)</source>
        <translation>与本服装一起试穿的第二件服装：上衣穿在下装外面，或西装外套穿在衬衫或下装外面（先试穿里面的服装，再将另一件穿在外面）</translation>
    </message>
    <message>
        <source>Reset options to defaults</source>
        <translation>恢复默认选项</translation>
    </message>
    <message>
        <source>Reading the garment catalogue…</source>
        <translation>正在读取款式目录…</translation>
    </message>
    <message>
        <source>{garment}: drafted after {system}</source>
        <translation>{garment}：按 {system} 制版</translation>
    </message>
    <message>
        <source>Drafted after {system}. For: {sexes}.</source>
        <translation>按 {system} 制版。适用：{sexes}。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Something went wrong inside MTM Studio:</source>
        <translation>MTM Studio 内部出错：</translation>
    </message>
    <message>
        <source>Details were printed to the terminal; please report them.</source>
        <translation>详细信息已输出到终端，请反馈给我们。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the running job (Esc)</source>
        <translation>停止正在运行的任务（Esc）</translation>
    </message>
    <message>
        <source>cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Drafted patterns appear here.

Pick a garment and its style options, and its pieces are drafted from the measurements on the right, ready to check and to export as cut files.</source>
        <translation>制好的纸样显示在这里。

选择款式和款式选项，即按右侧的尺寸绘制各裁片，可检查并导出为裁剪文件。</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>纸样</translation>
    </message>
    <message>
        <source>The customer's body and the draped garment appear here in 3D.

The body is built to match the measurements on the right.</source>
        <translation>客户的人体和试穿的服装以 3D 显示在这里。

人体按右侧的尺寸生成。</translation>
    </message>
    <message>
        <source>3D</source>
        <translation>3D</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import measurements…</source>
        <translation>导入尺寸(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export measurements…</source>
        <translation>导出尺寸(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Add customer…</source>
        <translation>添加客户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit customer…</source>
        <translation>编辑客户(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Save new version</source>
        <translation>保存新版本(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Estimate missing measurements</source>
        <translation>估算缺少的尺寸(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About MTM Studio</source>
        <translation>关于 MTM Studio(&amp;A)</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>未选择客户</translation>
    </message>
    <message>
        <source>Cannot read the measurements</source>
        <translation>无法读取尺寸</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>客户：{name}</translation>
    </message>
    <message>
        <source>version {number}, saved {stamp}</source>
        <translation>版本 {number}，保存于 {stamp}</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Select or add a customer first.</source>
        <translation>请先选择或添加客户。</translation>
    </message>
    <message>
        <source>Cannot save the measurements</source>
        <translation>无法保存尺寸</translation>
    </message>
    <message>
        <source>Saved version {number} for {name}</source>
        <translation>已为 {name} 保存版本 {number}</translation>
    </message>
    <message>
        <source>Unsaved measurements</source>
        <translation>尺寸未保存</translation>
    </message>
    <message>
        <source>The measurements were changed but not saved. Discard the changes?</source>
        <translation>尺寸已修改但未保存。放弃修改吗？</translation>
    </message>
    <message>
        <source>About MTM Studio</source>
        <translation>关于 MTM Studio</translation>
    </message>
    <message>
        <source>Made-to-measure clothing: measurements, bodies, drafted patterns, draping and cut files.</source>
        <translation>服装量身定制：量体、人体、制版、试穿和裁剪文件。</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未量</translation>
    </message>
    <message>
        <source>name shown on exports</source>
        <translation>导出文件上显示的姓名</translation>
    </message>
    <message>
        <source>Typical ranges and estimates depend on sex</source>
        <translation>常见范围和估算值因性别而异</translation>
    </message>
    <message>
        <source>Units of the length fields; values convert when switched</source>
        <translation>长度尺寸的单位；切换时数值自动换算</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Read measurements from a .json, .csv, Seamly2D or Valentina file</source>
        <translation>从 .json、.csv、Seamly2D 或 Valentina 文件读取尺寸</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Write these measurements to a .json, .csv or .vit file</source>
        <translation>将这些尺寸写入 .json、.csv 或 .vit 文件</translation>
    </message>
    <message>
        <source>Estimate missing</source>
        <translation>估算缺少的尺寸</translation>
    </message>
    <message>
        <source>Fill empty fields from height, chest, waist and hip (ANSUR II regressions); estimated values are shown in italics</source>
        <translation>根据身高、胸围、腰围和臀围填写空白项（ANSUR II 回归）；估算值以斜体显示</translation>
    </message>
    <message>
        <source>Save new version</source>
        <translation>保存新版本</translation>
    </message>
    <message>
        <source>Save these measurements to the customer book as a new version; earlier versions are kept</source>
        <translation>将这些尺寸作为新版本保存到客户档案；旧版本会保留</translation>
    </message>
    <message>
        <source>changed, not saved</source>
        <translation>已修改，未保存</translation>
    </message>
    <message>
        <source>Cannot import measurements</source>
        <translation>无法导入尺寸</translation>
    </message>
    <message>
        <source>Cannot export measurements</source>
        <translation>无法导出尺寸</translation>
    </message>
    <message>
        <source>Cannot estimate measurements</source>
        <translation>无法估算尺寸</translation>
    </message>
    <message>
        <source>Import measurements</source>
        <translation>导入尺寸</translation>
    </message>
    <message>
        <source>Export measurements</source>
        <translation>导出尺寸</translation>
    </message>
    <message>
        <source>Estimated, not measured: type a measured value to replace it.</source>
        <translation>估算值，非实测：输入实测值即可替换。</translation>
    </message>
    <message>
        <source>{n} further measurement from the imported file (not in the catalogue) is kept and exported again.</source>
        <translation>导入文件中另有 {n} 项尺寸（不在目录中）会保留并再次导出。</translation>
    </message>
    <message>
        <source>{n} further measurements from the imported file (not in the catalogue) are kept and exported again.</source>
        <translation>导入文件中另有 {n} 项尺寸（不在目录中）会保留并再次导出。</translation>
    </message>
    <message>
        <source>No measurements yet: type them in or import a file.</source>
        <translation>尚无尺寸：请直接输入或导入文件。</translation>
    </message>
    <message>
        <source>{n} error</source>
        <translation>{n} 个错误</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>{n} 个错误</translation>
    </message>
    <message>
        <source>{n} warning</source>
        <translation>{n} 个警告</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} 个警告</translation>
    </message>
    <message>
        <source>: fix the fields marked red before saving.</source>
        <translation>：保存前请修正标红的项。</translation>
    </message>
    <message>
        <source>: unusual values, please check them.</source>
        <translation>：数值异常，请核对。</translation>
    </message>
    <message>
        <source>{n} measurement</source>
        <translation>{n} 项尺寸</translation>
    </message>
    <message>
        <source>{n} measurements</source>
        <translation>{n} 项尺寸</translation>
    </message>
    <message>
        <source>, all valid.</source>
        <translation>，全部有效。</translation>
    </message>
    <message>
        <source>Select or add a customer to save measurements.</source>
        <translation>请选择或添加客户以保存尺寸。</translation>
    </message>
    <message>
        <source>Fix the errors before saving.</source>
        <translation>请先修正错误再保存。</translation>
    </message>
    <message>
        <source>Enter some measurements first.</source>
        <translation>请先输入尺寸。</translation>
    </message>
    <message>
        <source>Save these measurements to the customer book as a new version.</source>
        <translation>将这些尺寸作为新版本保存到客户档案。</translation>
    </message>
    <message>
        <source>{length} cm (allowance {allowance} cm)</source>
        <translation>{length} cm（缝份 {allowance} cm）</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Tape: off</source>
        <translation>软尺：关</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>Fit the pattern to the view</source>
        <translation>使纸样适合视图</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Tape: distance</source>
        <translation>软尺：距离</translation>
    </message>
    <message>
        <source>Measure a straight distance: click two points</source>
        <translation>量直线距离：点击两点</translation>
    </message>
    <message>
        <source>Tape: along curve</source>
        <translation>软尺：沿曲线</translation>
    </message>
    <message>
        <source>Measure along a sew line: click an edge for its length, or two points on it</source>
        <translation>沿缝线测量：点击一条边得到其长度，或点击边上的两点</translation>
    </message>
    <message>
        <source>Graded nest</source>
        <translation>推板叠图</translation>
    </message>
    <message>
        <source>Show every size of a size table stacked on each piece</source>
        <translation>将尺码表的各个尺码叠放在每个裁片上显示</translation>
    </message>
    <message>
        <source>Size table of the graded nest</source>
        <translation>推板叠图所用的尺码表</translation>
    </message>
    <message>
        <source>drill hole {name}</source>
        <translation>钻孔 {name}</translation>
    </message>
    <message>
        <source>grain line</source>
        <translation>布纹线</translation>
    </message>
    <message>
        <source>; place on fold ({edge})</source>
        <translation>；对折放置（{edge}）</translation>
    </message>
    <message>
        <source>cut {n}</source>
        <translation>裁 {n}</translation>
    </message>
    <message>
        <source> on fold</source>
        <translation> 对折</translation>
    </message>
    <message>
        <source>size {size}</source>
        <translation>尺码 {size}</translation>
    </message>
    <message>
        <source>No pattern.</source>
        <translation>没有纸样。</translation>
    </message>
    <message>
        <source>{pieces} pieces; {passed} of {checks} checks passed</source>
        <translation>{pieces} 个裁片；{checks} 项检查中 {passed} 项通过</translation>
    </message>
    <message>
        <source>; {n} FAILED: pick one to see where.</source>
        <translation>；{n} 项未通过：选择一项查看位置。</translation>
    </message>
    <message>
        <source>Tape: click two points</source>
        <translation>软尺：点击两点</translation>
    </message>
    <message>
        <source>Tape: click an edge, or two points on one edge</source>
        <translation>软尺：点击一条边，或同一条边上的两点</translation>
    </message>
    <message>
        <source>Tape: click on a sew line (dashed)</source>
        <translation>软尺：请点击缝线（虚线）</translation>
    </message>
    <message>
        <source>Tape: click the second point</source>
        <translation>软尺：点击第二点</translation>
    </message>
    <message>
        <source>Distance: {length}</source>
        <translation>距离：{length}</translation>
    </message>
    <message>
        <source>{length} along the curve</source>
        <translation>沿曲线 {length}</translation>
    </message>
    <message>
        <source>No size tables are available for a graded nest.</source>
        <translation>没有可用于推板叠图的尺码表。</translation>
    </message>
    <message>
        <source>Graded nest: {problem}</source>
        <translation>推板叠图：{problem}</translation>
    </message>
    <message>
        <source>{garment}, table {table}: sizes {sizes} (base {base} bold)</source>
        <translation>{garment}，尺码表 {table}：尺码 {sizes}（基础码 {base} 加粗）</translation>
    </message>
    <message>
        <source>Graded nest: {n} sizes of {table}.</source>
        <translation>推板叠图：{table} 的 {n} 个尺码。</translation>
    </message>
    <message>
        <source>MTM project (*.mtm)</source>
        <translation>MTM 项目 (*.mtm)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>from the project</source>
        <translation>来自项目</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>已打开 {path}</translation>
    </message>
    <message>
        <source>Unsaved project</source>
        <translation>项目未保存</translation>
    </message>
    <message>
        <source>The project has changes that are not saved. Discard them?</source>
        <translation>项目有未保存的更改。放弃吗？</translation>
    </message>
    <message>
        <source>Save the project before closing?</source>
        <translation>关闭前保存项目吗？</translation>
    </message>
    <message>
        <source>Autosave failed: {problem}</source>
        <translation>自动保存失败：{problem}</translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>已自动保存</translation>
    </message>
    <message>
        <source>Recover work</source>
        <translation>恢复工作</translation>
    </message>
    <message>
        <source>MTM Studio did not close properly last time. Recover the work saved automatically at {time}?</source>
        <translation>MTM Studio 上次未正常关闭。是否恢复 {time} 自动保存的工作？</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>Recovered the autosaved work; save it to keep it</source>
        <translation>已恢复自动保存的工作；请保存以保留</translation>
    </message>
    <message>
        <source>Navy</source>
        <translation>藏青</translation>
    </message>
    <message>
        <source>Ivory</source>
        <translation>象牙白</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>黑色</translation>
    </message>
    <message>
        <source>Sage</source>
        <translation>灰绿</translation>
    </message>
    <message>
        <source>Sand</source>
        <translation>沙色</translation>
    </message>
    <message>
        <source>Sky</source>
        <translation>天蓝</translation>
    </message>
    <message>
        <source>Burgundy</source>
        <translation>酒红</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>正面</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>侧面</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>背面</translation>
    </message>
    <message>
        <source>Showroom - {garment}</source>
        <translation>展示厅 - {garment}</translation>
    </message>
    <message>
        <source>Turntable</source>
        <translation>旋转展示</translation>
    </message>
    <message>
        <source>Compare colourways</source>
        <translation>比较配色</translation>
    </message>
    <message>
        <source>Compare with previous drape</source>
        <translation>与上一次试穿比较</translation>
    </message>
    <message>
        <source>Drape another fit or size first: the drape before the current one appears here</source>
        <translation>请先试穿另一种版型或尺码：上一次的试穿会显示在这里</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>Left view:</source>
        <translation>左侧视图：</translation>
    </message>
    <message>
        <source>Right view:</source>
        <translation>右侧视图：</translation>
    </message>
    <message>
        <source>Customer book unavailable</source>
        <translation>客户档案不可用</translation>
    </message>
    <message>
        <source>The studio opens without a customer book.</source>
        <translation>工作室将在没有客户档案的情况下打开。</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Garment</source>
        <translation>款式(&amp;G)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>新建项目(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new project (customer, garment, fabric)</source>
        <translation>开始新项目（客户、款式、面料）</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>保存项目(&amp;S)</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>项目另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Drape</source>
        <translation>试穿(&amp;D)</translation>
    </message>
    <message>
        <source>Fit the body to the measurements and drape the garment on it (runs in the background)</source>
        <translation>按尺寸生成人体并给其穿上服装（后台运行）</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Redrape by itself a moment after an edit, starting from the drape shown</source>
        <translation>修改后稍等片刻自动重新试穿，从当前显示的试穿开始</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>取消任务(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the running fit or drape</source>
        <translation>停止正在进行的人体生成或试穿</translation>
    </message>
    <message>
        <source>&amp;Redraft now</source>
        <translation>立即重新制版(&amp;R)</translation>
    </message>
    <message>
        <source>Show &amp;pattern</source>
        <translation>显示纸样(&amp;P)</translation>
    </message>
    <message>
        <source>Show &amp;3D</source>
        <translation>显示 3D(&amp;3)</translation>
    </message>
    <message>
        <source>Sho&amp;wroom</source>
        <translation>展示厅(&amp;W)</translation>
    </message>
    <message>
        <source>Show the draped garment to the customer full screen</source>
        <translation>全屏向顾客展示试穿效果</translation>
    </message>
    <message>
        <source>&amp;Detailed body skin</source>
        <translation>细节人体皮肤(&amp;D)</translation>
    </message>
    <message>
        <source>Show and drape on the detailed body skin instead of the smooth mannequin finish (from the next drape)</source>
        <translation>在细节人体皮肤上显示并悬垂，而不是光滑的人台表面（从下一次悬垂起）</translation>
    </message>
    <message>
        <source>Pattern &amp;DXF (AAMA/ASTM)…</source>
        <translation>纸样 DXF（AAMA/ASTM）(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Cutter DXF…</source>
        <translation>裁床 DXF(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;PDF (plotter or tiled)…</source>
        <translation>PDF（绘图仪或拼贴）(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;SVG preview…</source>
        <translation>SVG 预览(&amp;S)…</translation>
    </message>
    <message>
        <source>3D picture (P&amp;NG)…</source>
        <translation>3D 图片（PNG）(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Turntable (GIF/MP4)…</source>
        <translation>旋转展示（GIF/MP4）(&amp;T)…</translation>
    </message>
    <message>
        <source>3D model (&amp;GLB)…</source>
        <translation>3D 模型（GLB）(&amp;G)…</translation>
    </message>
    <message>
        <source>P&amp;hoto with caption (PNG)…</source>
        <translation>带说明的照片(&amp;H) (PNG)…</translation>
    </message>
    <message>
        <source>A picture with the customer's name, garment and fabric under it, for messaging apps</source>
        <translation>下方附顾客姓名、服装和面料的图片，便于通过聊天软件发送</translation>
    </message>
    <message>
        <source>Share pa&amp;ge (HTML)…</source>
        <translation>分享页面(&amp;G) (HTML)…</translation>
    </message>
    <message>
        <source>One HTML file with the garment in 3D that the customer opens offline, on a phone too</source>
        <translation>一个包含 3D 服装的 HTML 文件，顾客可离线打开，手机上也可以</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>mesh</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Fabric</source>
        <translation>面料</translation>
    </message>
    <message>
        <source>Fit map: stretch</source>
        <translation>合体图：拉伸</translation>
    </message>
    <message>
        <source>Fit map: ease</source>
        <translation>合体图：松量</translation>
    </message>
    <message>
        <source>Three quarter</source>
        <translation>四分之三侧</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>Drape again</source>
        <translation>重新试穿</translation>
    </message>
    <message>
        <source>The customer's body and the draped garment appear here.

Press Drape (Ctrl+D) to fit the body to the measurements and drape the garment.</source>
        <translation>客户的人体和试穿的服装显示在这里。

按“试穿”（Ctrl+D）按尺寸生成人体并给其穿上服装。</translation>
    </message>
    <message>
        <source>Camera: {name}</source>
        <translation>视角：{name}</translation>
    </message>
    <message>
        <source>Colour the garment by its fabric, or by stretch (%) or ease (cm from the skin)</source>
        <translation>按面料、拉伸（%）或松量（离皮肤的 cm）为服装着色</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>人体</translation>
    </message>
    <message>
        <source>Show or hide the body under the garment</source>
        <translation>显示或隐藏服装下的人体</translation>
    </message>
    <message>
        <source>Updating the drape for the latest changes…</source>
        <translation>正在按最新修改更新试穿…</translation>
    </message>
    <message>
        <source>The drape is out of date: {why}. Drape again to see the garment as drafted now.</source>
        <translation>试穿结果已过期：{why}。重新试穿以查看按当前纸样制作的服装。</translation>
    </message>
    <message>
        <source>the pattern changed</source>
        <translation>纸样已更改</translation>
    </message>
    <message>
        <source>reading the catalogue</source>
        <translation>正在读取目录</translation>
    </message>
    <message>
        <source>loading the 3D rooms</source>
        <translation>正在加载 3D 模块</translation>
    </message>
    <message>
        <source>Preparing the cloth simulator in the background…</source>
        <translation>正在后台准备布料模拟…</translation>
    </message>
    <message>
        <source>Cloth simulator ready ({seconds} s)</source>
        <translation>布料模拟已就绪（{seconds} 秒）</translation>
    </message>
    <message>
        <source>Garment</source>
        <translation>款式</translation>
    </message>
    <message>
        <source>The language changes when MTM Studio is started again.</source>
        <translation>重新启动 MTM Studio 后语言才会更改。</translation>
    </message>
    <message>
        <source>Drape the garment first (Ctrl+D): the showroom shows the drape</source>
        <translation>请先试穿服装 (Ctrl+D)：展示厅显示试穿效果</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>outline</source>
        <translation>轮廓</translation>
    </message>
    <message>
        <source>seam</source>
        <translation>缝合</translation>
    </message>
    <message>
        <source>notches</source>
        <translation>对位剪口</translation>
    </message>
    <message>
        <source>ease</source>
        <translation>吃势</translation>
    </message>
    <message>
        <source>girth</source>
        <translation>成品围度</translation>
    </message>
    <message>
        <source>smooth</source>
        <translation>圆顺</translation>
    </message>
</context>
<context>
    <name>Fabrics</name>
    <message>
        <source>Cotton single jersey (knit)</source>
        <translation>纯棉单面汗布（针织）</translation>
    </message>
    <message>
        <source>Cotton poplin (plain weave shirting)</source>
        <translation>纯棉府绸（平纹衬衫布）</translation>
    </message>
    <message>
        <source>Denim (3/1 twill, about 12 oz/yd^2)</source>
        <translation>牛仔布（3/1 斜纹，约 12 oz/yd^2）</translation>
    </message>
    <message>
        <source>Linen (medium plain weave)</source>
        <translation>亚麻布（中厚平纹）</translation>
    </message>
    <message>
        <source>Silk charmeuse (satin, about 19 momme)</source>
        <translation>真丝缎（约 19 姆米）</translation>
    </message>
    <message>
        <source>Wool suiting (worsted twill)</source>
        <translation>精纺毛料（西装斜纹）</translation>
    </message>
    <message>
        <source>solid</source>
        <translation>素色</translation>
    </message>
    <message>
        <source>stripes</source>
        <translation>条纹</translation>
    </message>
    <message>
        <source>breton</source>
        <translation>海魂条纹</translation>
    </message>
    <message>
        <source>gingham</source>
        <translation>小方格</translation>
    </message>
    <message>
        <source>check</source>
        <translation>格纹</translation>
    </message>
    <message>
        <source>denim</source>
        <translation>牛仔</translation>
    </message>
    <message>
        <source>herringbone</source>
        <translation>人字纹</translation>
    </message>
    <message>
        <source>jersey</source>
        <translation>汗布</translation>
    </message>
</context>
<context>
    <name>Garments</name>
    <message>
        <source>T-shirt</source>
        <translation>T恤</translation>
    </message>
    <message>
        <source>Aldrich, Metric Pattern Cutting for Menswear / for Women's Wear: easy-fitting bodice, T-shirt and one-piece sleeve blocks (cap fitted numerically to the armhole)</source>
        <translation>Aldrich《Metric Pattern Cutting》男装 / 女装：宽松衣身原型、T恤原型和一片袖原型（袖山按袖窿数值拟合）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>合体度</translation>
    </message>
    <message>
        <source>ease over the body: slim, regular or oversized (dropped shoulder)</source>
        <translation>相对人体的放松量：修身、常规或宽松（落肩）</translation>
    </message>
    <message>
        <source>slim</source>
        <translation>修身</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>oversized</source>
        <translation>宽松</translation>
    </message>
    <message>
        <source>Sleeve</source>
        <translation>袖子</translation>
    </message>
    <message>
        <source>sleeve length style</source>
        <translation>袖长款式</translation>
    </message>
    <message>
        <source>short</source>
        <translation>短袖</translation>
    </message>
    <message>
        <source>long</source>
        <translation>长袖</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>衣长</translation>
    </message>
    <message>
        <source>hem position below the hip line</source>
        <translation>下摆在臀围线以下的位置</translation>
    </message>
    <message>
        <source>Short sleeve length</source>
        <translation>短袖长</translation>
    </message>
    <message>
        <source>short sleeve length from the shoulder</source>
        <translation>从肩点量起的短袖长度</translation>
    </message>
    <message>
        <source>Neck drop</source>
        <translation>领口下挖</translation>
    </message>
    <message>
        <source>extra depth of the front neckline</source>
        <translation>前领口额外的深度</translation>
    </message>
    <message>
        <source>Neckband width</source>
        <translation>领口罗纹宽</translation>
    </message>
    <message>
        <source>finished width of the folded neckband</source>
        <translation>对折罗纹领的成品宽度</translation>
    </message>
    <message>
        <source>Neckband ratio</source>
        <translation>罗纹领比例</translation>
    </message>
    <message>
        <source>neckband length as a share of the neckline (stretch)</source>
        <translation>罗纹领长度占领口长度的比例（拉伸）</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>衬衫</translation>
    </message>
    <message>
        <source>Aldrich, Metric Pattern Cutting for Menswear: classic shirt block, one-piece shirt sleeve and two-piece shirt collar (cap fitted numerically to the armhole)</source>
        <translation>Aldrich《Metric Pattern Cutting》男装：经典衬衫原型、一片式衬衫袖和两片式衬衫领（袖山按袖窿数值拟合）</translation>
    </message>
    <message>
        <source>hem position at the centre front below the hip line</source>
        <translation>前中下摆在臀围线以下的位置</translation>
    </message>
    <message>
        <source>Tail rise</source>
        <translation>下摆起翘</translation>
    </message>
    <message>
        <source>how far the curved hem rises at the side seam</source>
        <translation>弧形下摆在侧缝处上翘的高度</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>纽扣</translation>
    </message>
    <message>
        <source>number of buttons on the front (plus one on the collar stand)</source>
        <translation>前门襟纽扣数（另加领座一粒）</translation>
    </message>
    <message>
        <source>Button extension</source>
        <translation>搭门宽</translation>
    </message>
    <message>
        <source>button stand extension beyond the centre front</source>
        <translation>超出前中线的搭门宽度</translation>
    </message>
    <message>
        <source>Cuff depth</source>
        <translation>袖克夫宽</translation>
    </message>
    <message>
        <source>finished cuff depth</source>
        <translation>袖克夫成品宽度</translation>
    </message>
    <message>
        <source>Cuff ease</source>
        <translation>袖克夫松量</translation>
    </message>
    <message>
        <source>finished cuff girth minus wrist girth</source>
        <translation>袖克夫成品围度减腕围</translation>
    </message>
    <message>
        <source>Placket length</source>
        <translation>袖衩长</translation>
    </message>
    <message>
        <source>length of the sleeve placket slit</source>
        <translation>袖衩开口长度</translation>
    </message>
    <message>
        <source>Stand height</source>
        <translation>领座高</translation>
    </message>
    <message>
        <source>collar stand height at the centre back</source>
        <translation>后中领座高度</translation>
    </message>
    <message>
        <source>Collar point</source>
        <translation>领尖长</translation>
    </message>
    <message>
        <source>collar point length</source>
        <translation>领尖长度</translation>
    </message>
    <message>
        <source>Skirt (straight or A-line)</source>
        <translation>半身裙（直筒或A字）</translation>
    </message>
    <message>
        <source>Aldrich, Metric Pattern Cutting for Women's Wear: straight skirt block and its A-line adaptation (side flare from the hip line)</source>
        <translation>Aldrich《Metric Pattern Cutting》女装：直筒裙原型及其A字裙变化（从臀围线起侧缝外扩）</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>款式</translation>
    </message>
    <message>
        <source>straight, or A-line flared from the hip</source>
        <translation>直筒，或从臀部开始外扩的A字</translation>
    </message>
    <message>
        <source>straight</source>
        <translation>直筒</translation>
    </message>
    <message>
        <source>aline</source>
        <translation>A字</translation>
    </message>
    <message>
        <source>waist to hem at the centre front</source>
        <translation>前中从腰到下摆的长度</translation>
    </message>
    <message>
        <source>Flare</source>
        <translation>摆量</translation>
    </message>
    <message>
        <source>A-line: side seam spread at the hem, per side seam</source>
        <translation>A字裙：每条侧缝在下摆处的展开量</translation>
    </message>
    <message>
        <source>Hip ease</source>
        <translation>臀围松量</translation>
    </message>
    <message>
        <source>finished hip girth minus body hip girth</source>
        <translation>成品臀围减人体臀围</translation>
    </message>
    <message>
        <source>Waist ease</source>
        <translation>腰围松量</translation>
    </message>
    <message>
        <source>finished waist girth minus body waist girth</source>
        <translation>成品腰围减人体腰围</translation>
    </message>
    <message>
        <source>Waistband width</source>
        <translation>腰头宽</translation>
    </message>
    <message>
        <source>finished width of the waistband</source>
        <translation>腰头成品宽度</translation>
    </message>
    <message>
        <source>Zip length</source>
        <translation>拉链长</translation>
    </message>
    <message>
        <source>centre-back zip opening below the waistband</source>
        <translation>腰头以下后中拉链开口长度</translation>
    </message>
    <message>
        <source>Vent</source>
        <translation>开衩</translation>
    </message>
    <message>
        <source>straight style: centre-back walking vent above the hem (0: none)</source>
        <translation>直筒款：下摆以上的后中开衩（0：无）</translation>
    </message>
    <message>
        <source>Trousers (pleat or dart front, zip fly)</source>
        <translation>西裤（前片褶裥或省，门襟拉链）</translation>
    </message>
    <message>
        <source>Aldrich, Metric Pattern Cutting for Women's Wear / for Menswear: trouser block, with the Müller &amp; Sohn seat angle and back-fork drop; crotch seam fitted to the crotch length</source>
        <translation>Aldrich《Metric Pattern Cutting》女装 / 男装：裤子原型，采用 Müller &amp; Sohn 的后裆斜度和后裆下落；裆缝按通裆长拟合</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>正面</translation>
    </message>
    <message>
        <source>front waist shaping: one pleat or one dart</source>
        <translation>前腰造型：一个褶裥或一个省</translation>
    </message>
    <message>
        <source>pleat</source>
        <translation>褶裥</translation>
    </message>
    <message>
        <source>dart</source>
        <translation>省</translation>
    </message>
    <message>
        <source>Pleat depth</source>
        <translation>褶裥深</translation>
    </message>
    <message>
        <source>depth of the front pleat</source>
        <translation>前褶裥深度</translation>
    </message>
    <message>
        <source>Hem girth</source>
        <translation>脚口围</translation>
    </message>
    <message>
        <source>leg opening girth (never under ankle girth + 12 cm)</source>
        <translation>裤脚口围度（不小于踝围 + 12 cm）</translation>
    </message>
    <message>
        <source>Hem height</source>
        <translation>裤脚离地高</translation>
    </message>
    <message>
        <source>hem above the floor at the side seam (the hem stays at least 5 cm below the knee line)</source>
        <translation>侧缝处裤脚离地高度（裤脚至少在膝线以下 5 cm）</translation>
    </message>
    <message>
        <source>Sheath dress (fitted bodice and straight skirt, sleeveless)</source>
        <translation>紧身连衣裙（合体上身和直筒裙，无袖）</translation>
    </message>
    <message>
        <source>Aldrich, Metric Pattern Cutting for Women's Wear: close-fitting bodice block with side bust dart and waist darts, joined to the straight skirt block</source>
        <translation>Aldrich《Metric Pattern Cutting》女装：带侧胸省和腰省的合体衣身原型，连接直筒裙原型</translation>
    </message>
    <message>
        <source>skirt length, waist to hem</source>
        <translation>裙长，腰至下摆</translation>
    </message>
    <message>
        <source>Chest ease</source>
        <translation>胸围松量</translation>
    </message>
    <message>
        <source>finished chest girth minus body chest girth</source>
        <translation>成品胸围减人体胸围</translation>
    </message>
    <message>
        <source>Zip below waist</source>
        <translation>腰下拉链长</translation>
    </message>
    <message>
        <source>zip opening below the waist seam</source>
        <translation>腰节缝以下的拉链开口长度</translation>
    </message>
    <message>
        <source>Facing width</source>
        <translation>贴边宽</translation>
    </message>
    <message>
        <source>depth of the facings below the neckline at the centre lines</source>
        <translation>中线处领口以下贴边的深度</translation>
    </message>
    <message>
        <source>centre-back walking vent above the hem (0: none)</source>
        <translation>下摆以上的后中开衩（0：无）</translation>
    </message>
    <message>
        <source>Tailored jacket</source>
        <translation>西装上衣</translation>
    </message>
    <message>
        <source>Aldrich, Metric Pattern Cutting for Menswear / for Women's Wear: tailored jacket block (three-panel body, notched lapel on the break line, two-piece sleeve fitted numerically to the armhole)</source>
        <translation>Aldrich《Metric Pattern Cutting》男装 / 女装：西装原型（三开身，驳头沿驳口线，两片袖按袖窿数值拟合）</translation>
    </message>
    <message>
        <source>ease over the body: slim, regular or comfort</source>
        <translation>相对人体的放松量：修身、常规或宽松</translation>
    </message>
    <message>
        <source>comfort</source>
        <translation>宽松</translation>
    </message>
    <message>
        <source>buttons on the single-breasted front (the top one at the break point)</source>
        <translation>单排扣前片的纽扣数（最上一粒在驳口点）</translation>
    </message>
    <message>
        <source>Lapel width</source>
        <translation>驳头宽</translation>
    </message>
    <message>
        <source>lapel width at its point, square from the break line</source>
        <translation>驳角处的驳头宽，垂直于驳口线量取</translation>
    </message>
    <message>
        <source>Vents</source>
        <translation>开衩</translation>
    </message>
    <message>
        <source>back vents: none, one at the centre back or two at the sides</source>
        <translation>后身开衩：无衩、后中开衩或两侧开衩</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>centre</source>
        <translation>后中开衩</translation>
    </message>
    <message>
        <source>side</source>
        <translation>两侧开衩</translation>
    </message>
    <message>
        <source>Shoulder pad</source>
        <translation>垫肩</translation>
    </message>
    <message>
        <source>height of the shoulder pad the shoulder is raised for</source>
        <translation>肩部为垫肩抬高的厚度</translation>
    </message>
    <message>
        <source>Áo dài (fitted long tunic, raglan or set-in sleeves, mandarin collar)</source>
        <translation>奥黛（越南长衫：修身长衣，插肩袖或装袖，立领）</translation>
    </message>
    <message>
        <source>Aldrich, Metric Pattern Cutting for Women's Wear: close-fitting bodice block, raglan conversion and Chinese (stand) collar; bust point and front length from the áo dài tailor's card (neck to bust point, front and back waist lengths)</source>
        <translation>Aldrich《Metric Pattern Cutting》女装：合体衣身原型，插肩袖转换与立领；胸高点与前长按奥黛裁缝量体单（胸高、前腰节长、后腰节长）</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>裁法</translation>
    </message>
    <message>
        <source>women's (fitted, darts) or men's (looser, no darts) cut; auto follows the customer's sex</source>
        <translation>女式（合体，收省）或男式（较宽松，无省）；自动按顾客性别</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>women</source>
        <translation>女装</translation>
    </message>
    <message>
        <source>men</source>
        <translation>男装</translation>
    </message>
    <message>
        <source>hem level: just below the knee, mid-calf or near the ankle (auto: mid-calf for women, knee for men)</source>
        <translation>下摆位置：膝下、小腿中部或近脚踝（自动：女装小腿中部，男装及膝）</translation>
    </message>
    <message>
        <source>knee</source>
        <translation>及膝</translation>
    </message>
    <message>
        <source>mid calf</source>
        <translation>小腿中部</translation>
    </message>
    <message>
        <source>ankle</source>
        <translation>及踝</translation>
    </message>
    <message>
        <source>raglan (the modern cut) or set-in sleeves</source>
        <translation>插肩袖（改良款）或装袖</translation>
    </message>
    <message>
        <source>raglan</source>
        <translation>插肩袖</translation>
    </message>
    <message>
        <source>set in</source>
        <translation>装袖</translation>
    </message>
    <message>
        <source>finished chest girth minus body chest girth (men's cut adds 6 cm)</source>
        <translation>成衣胸围减净胸围（男式另加 6 cm）</translation>
    </message>
    <message>
        <source>finished waist girth minus body waist girth (men's cut adds 6 cm)</source>
        <translation>成衣腰围减净腰围（男式另加 6 cm）</translation>
    </message>
    <message>
        <source>Collar height</source>
        <translation>领高</translation>
    </message>
    <message>
        <source>height of the stand collar (cổ cao)</source>
        <translation>立领高度</translation>
    </message>
    <message>
        <source>Sleeve ease</source>
        <translation>袖肥放松量</translation>
    </message>
    <message>
        <source>finished sleeve width at the biceps minus upper arm girth (bắp tay; men's cut adds 1 cm)</source>
        <translation>成衣袖肥减上臂围（男式另加 1 cm）</translation>
    </message>
    <message>
        <source>Sleeve opening ease</source>
        <translation>袖口放松量</translation>
    </message>
    <message>
        <source>sleeve opening (cửa tay) minus wrist girth</source>
        <translation>袖口围减腕围</translation>
    </message>
    <message>
        <source>Hem flare</source>
        <translation>下摆放量</translation>
    </message>
    <message>
        <source>how far each panel widens at the hem beyond the hip, per side</source>
        <translation>每片下摆比臀围每侧放出的量</translation>
    </message>
    <message>
        <source>Áo dài trousers (quần: straight wide legs, elastic or side-buttoned waist)</source>
        <translation>奥黛长裤（宽直筒裤，松紧腰或侧边纽扣腰）</translation>
    </message>
    <message>
        <source>Aldrich, Metric Pattern Cutting for Women's Wear / for Menswear: trouser block with the Müller &amp; Sohn seat angle; straight wide legs, elastic or side-buttoned waist</source>
        <translation>Aldrich《Metric Pattern Cutting》女装 / 男装：裤原型，后裆斜度按 Müller &amp; Sohn；直筒阔腿，松紧腰或侧扣腰</translation>
    </message>
    <message>
        <source>Waist</source>
        <translation>裤腰</translation>
    </message>
    <message>
        <source>elastic waist in a casing (pull-on) or a fitted waistband buttoned at the left side</source>
        <translation>穿松紧带的腰（套穿）或左侧扣合的合体腰头</translation>
    </message>
    <message>
        <source>elastic</source>
        <translation>松紧腰</translation>
    </message>
    <message>
        <source>side button</source>
        <translation>侧扣</translation>
    </message>
    <message>
        <source>Leg width</source>
        <translation>裤口围</translation>
    </message>
    <message>
        <source>leg opening girth (never under thigh girth + 8 cm)</source>
        <translation>裤口围（不小于腿围 + 8 cm）</translation>
    </message>
    <message>
        <source>finished waist girth minus body waist girth (buttoned waist)</source>
        <translation>成衣腰围减净腰围（扣合腰头）</translation>
    </message>
    <message>
        <source>hem above the floor at the side seam</source>
        <translation>侧缝处裤脚离地高度</translation>
    </message>
    <message>
        <source>finished width of the waistband or casing</source>
        <translation>腰头或松紧带套的成品宽</translation>
    </message>
    <message>
        <source>Qipao / cheongsam (fitted or traditional cut, mandarin collar, side slits)</source>
        <translation>旗袍（改良修身或传统平裁，立领，侧开衩）</translation>
    </message>
    <message>
        <source>Aldrich, Metric Pattern Cutting for Women's Wear: close-fitting bodice block extended to the hem, Chinese (stand) collar; traditional flat Chinese cut with sleeves in one</source>
        <translation>Aldrich《Metric Pattern Cutting》女装：合体衣身原型延长至下摆，立领；传统平面中式裁剪，连身袖</translation>
    </message>
    <message>
        <source>modern fitted cut with darts and set-in sleeves, or the traditional dartless cut with the sleeves in one with the body</source>
        <translation>改良合体裁法（收省，装袖）或传统平面裁法（无省，连袖）</translation>
    </message>
    <message>
        <source>modern</source>
        <translation>改良（收省）</translation>
    </message>
    <message>
        <source>traditional</source>
        <translation>传统（连袖，无省）</translation>
    </message>
    <message>
        <source>sleeveless, cap, short or three-quarter sleeves (the traditional cut has no sleeveless form: it falls back to cap)</source>
        <translation>无袖、盖袖、短袖或七分袖（传统裁法无无袖款：改为盖袖）</translation>
    </message>
    <message>
        <source>sleeveless</source>
        <translation>无袖</translation>
    </message>
    <message>
        <source>cap</source>
        <translation>盖袖</translation>
    </message>
    <message>
        <source>three quarter</source>
        <translation>七分袖</translation>
    </message>
    <message>
        <source>hem level: just below the knee, mid-calf or near the ankle</source>
        <translation>下摆位置：膝下、小腿中部或近脚踝</translation>
    </message>
    <message>
        <source>Slit height</source>
        <translation>开衩高</translation>
    </message>
    <message>
        <source>side slits: height of the slit above the hem (kept 8 cm under the hip line)</source>
        <translation>侧开衩：开衩自下摆起的高度（至少低于臀围线 8 cm）</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>门襟扣</translation>
    </message>
    <message>
        <source>frog buttons (盘扣) or snaps along the opening</source>
        <translation>沿门襟用盘扣或按扣</translation>
    </message>
    <message>
        <source>frog</source>
        <translation>盘扣</translation>
    </message>
    <message>
        <source>snap</source>
        <translation>按扣</translation>
    </message>
    <message>
        <source>finished chest girth minus body chest girth (traditional cut adds 4 cm)</source>
        <translation>成衣胸围减净胸围（传统裁法另加 4 cm）</translation>
    </message>
    <message>
        <source>height of the stand collar</source>
        <translation>立领高度</translation>
    </message>
    <message>
        <source>Hem taper</source>
        <translation>下摆收量</translation>
    </message>
    <message>
        <source>how far each side comes in from the hip to the hem</source>
        <translation>每侧从臀围到下摆的收量</translation>
    </message>
</context>
<context>
    <name>Measurements</name>
    <message>
        <source>Body</source>
        <translation>人体</translation>
    </message>
    <message>
        <source>Head and neck</source>
        <translation>头颈部</translation>
    </message>
    <message>
        <source>Torso girths</source>
        <translation>躯干围度</translation>
    </message>
    <message>
        <source>Torso lengths</source>
        <translation>躯干长度</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>手臂</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>腿部</translation>
    </message>
    <message>
        <source>Height (stature)</source>
        <translation>身高</translation>
    </message>
    <message>
        <source>Vertical distance from the floor to the top of the head (vertex), standing erect, feet together, head in the Frankfurt plane.</source>
        <translation>站直、双脚并拢、头部保持法兰克福平面时，从地面到头顶的垂直距离。</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>体重</translation>
    </message>
    <message>
        <source>Body mass, lightly clothed, in kilograms.</source>
        <translation>穿轻便衣服时的体重，单位千克。</translation>
    </message>
    <message>
        <source>Head girth</source>
        <translation>头围</translation>
    </message>
    <message>
        <source>Maximum horizontal girth of the head above the brow ridges and ears.</source>
        <translation>经眉弓和耳朵上方的头部最大水平围度。</translation>
    </message>
    <message>
        <source>Neck base girth</source>
        <translation>颈根围</translation>
    </message>
    <message>
        <source>Girth of the neck at its base, over the cervicale (7th vertebra) at the back, the sides of the neck base and the top of the jugular notch in front.</source>
        <translation>颈根部一周：后经第七颈椎点，侧经颈根，前经颈窝上缘。</translation>
    </message>
    <message>
        <source>Neck girth (collar height)</source>
        <translation>领围（立领高处颈围）</translation>
    </message>
    <message>
        <source>Girth of the neck just below the Adam's apple (larynx), square to the neck: where the top edge of a stand (mandarin) collar sits. The áo dài tailor's vòng cổ taken high, the qipao maker's collar neck girth (领围).</source>
        <translation>在喉结下方垂直于颈部测量的颈围：立领上口所在处。奥黛裁缝在高处量的颈围，旗袍师傅的领围。</translation>
    </message>
    <message>
        <source>Chest / bust girth</source>
        <translation>胸围</translation>
    </message>
    <message>
        <source>Horizontal girth at the fullest part of the chest (women: over the bust points), under the armpits and across the shoulder blades, breathing normally.</source>
        <translation>经胸部最丰满处（女性经乳点）、腋下和肩胛骨的水平围度，正常呼吸。</translation>
    </message>
    <message>
        <source>Upper chest girth</source>
        <translation>上胸围</translation>
    </message>
    <message>
        <source>Horizontal girth of the chest high under the armpits, above the bust in front and across the shoulder blades (the upper bust, vòng ngực trên, 上胸围).</source>
        <translation>紧贴腋下水平测量的胸围：前面在乳峰以上，后面经过肩胛骨。</translation>
    </message>
    <message>
        <source>Underbust girth</source>
        <translation>下胸围</translation>
    </message>
    <message>
        <source>Horizontal girth of the rib cage directly below the breasts.</source>
        <translation>紧贴乳房下方的胸廓水平围度。</translation>
    </message>
    <message>
        <source>Waist girth</source>
        <translation>腰围</translation>
    </message>
    <message>
        <source>Horizontal girth at the natural waist: the narrowest part of the torso between the lowest rib and the top of the hip bone, relaxed, not drawn in.</source>
        <translation>自然腰线处的水平围度：最低肋骨与髋骨上缘之间躯干最细处，放松，不收腹。</translation>
    </message>
    <message>
        <source>Waist girth at the navel</source>
        <translation>脐部腰围</translation>
    </message>
    <message>
        <source>Horizontal girth of the trunk at the level of the centre of the navel (omphalion), relaxed, breathing normally: the waist circumference of ANSUR II and of health surveys. Lower than the natural waist and usually larger than it.</source>
        <translation>经肚脐中心（脐点）水平绕躯干一周的围度，放松，正常呼吸：即 ANSUR II 及健康调查所用的腰围。位置低于自然腰，通常也比自然腰大。</translation>
    </message>
    <message>
        <source>Hip girth</source>
        <translation>臀围</translation>
    </message>
    <message>
        <source>Horizontal girth at the fullest part of the buttocks, feet together.</source>
        <translation>臀部最丰满处的水平围度，双脚并拢。</translation>
    </message>
    <message>
        <source>Shoulder width</source>
        <translation>肩宽</translation>
    </message>
    <message>
        <source>Straight horizontal distance between the two acromion points (shoulder tips), measured across the back.</source>
        <translation>两肩峰点（肩端点）之间经后背的水平直线距离。</translation>
    </message>
    <message>
        <source>Across back width</source>
        <translation>背宽</translation>
    </message>
    <message>
        <source>Horizontal distance across the back between the posterior armpit folds, at the level midway between the cervicale and the armpit level.</source>
        <translation>两后腋点之间经后背的水平距离，位于第七颈椎与腋下水平的中间。</translation>
    </message>
    <message>
        <source>Across front width</source>
        <translation>胸宽</translation>
    </message>
    <message>
        <source>Horizontal distance across the chest between the anterior armpit folds, at the level midway between the neck base and the armpit level.</source>
        <translation>两前腋点之间经胸前的水平距离，位于颈根与腋下水平的中间。</translation>
    </message>
    <message>
        <source>Bust point distance</source>
        <translation>乳间距</translation>
    </message>
    <message>
        <source>Horizontal distance between the two bust points (nipples).</source>
        <translation>两乳点之间的水平距离。</translation>
    </message>
    <message>
        <source>Neck to bust point</source>
        <translation>胸高（颈侧点至胸点）</translation>
    </message>
    <message>
        <source>Distance from the side neck point (where the shoulder line meets the neck base) straight down over the chest to the bust point (hạ ngực, 胸高).</source>
        <translation>由颈侧点（肩线与颈根交点）经胸部直线量至胸点的长度。</translation>
    </message>
    <message>
        <source>Front waist length</source>
        <translation>前腰节长</translation>
    </message>
    <message>
        <source>Distance from the side neck point over the bust point and straight down to the waist level (hạ eo trước, 前腰节长); the back's is the back waist length (hạ eo sau).</source>
        <translation>由颈侧点经胸点垂直量至腰围线的长度；后面对应后腰节长。</translation>
    </message>
    <message>
        <source>Back waist length</source>
        <translation>背长</translation>
    </message>
    <message>
        <source>Distance from the cervicale (7th vertebra) down the spine, following the back's contour, to the waist level.</source>
        <translation>从第七颈椎点沿脊柱顺着背部曲线到腰线的距离。</translation>
    </message>
    <message>
        <source>Waist to hip</source>
        <translation>腰至臀长</translation>
    </message>
    <message>
        <source>Vertical distance at the side of the body from the waist level down to the hip level (fullest buttocks).</source>
        <translation>身体侧面从腰线到臀围线（臀部最丰满处）的垂直距离。</translation>
    </message>
    <message>
        <source>Crotch length</source>
        <translation>通裆长</translation>
    </message>
    <message>
        <source>Distance from the waist at the centre front, down between the legs through the crotch, up to the waist at the centre back.</source>
        <translation>从前中腰线向下经两腿之间的裆部，向上到后中腰线的距离。</translation>
    </message>
    <message>
        <source>Arm length</source>
        <translation>臂长</translation>
    </message>
    <message>
        <source>Distance from the acromion (shoulder tip) over the elbow to the wrist (ulnar styloid), arm hanging straight at the side.</source>
        <translation>从肩峰点经肘部到手腕（尺骨茎突）的距离，手臂自然下垂。</translation>
    </message>
    <message>
        <source>Upper arm girth</source>
        <translation>上臂围</translation>
    </message>
    <message>
        <source>Girth of the upper arm at its fullest, midway between shoulder and elbow, arm hanging.</source>
        <translation>上臂最粗处的围度，位于肩与肘之间，手臂下垂。</translation>
    </message>
    <message>
        <source>Armscye girth</source>
        <translation>臂根围</translation>
    </message>
    <message>
        <source>Girth of the arm root: from the armpit up the front crease, over the shoulder tip (acromion) and down the back crease to the armpit, arm hanging (vòng nách, 臂根围).</source>
        <translation>臂根一周：由腋下沿前腋点向上，经肩端点，再沿后腋点回到腋下，手臂自然下垂。</translation>
    </message>
    <message>
        <source>Wrist girth</source>
        <translation>腕围</translation>
    </message>
    <message>
        <source>Girth of the wrist over the wrist bones (styloid processes).</source>
        <translation>经腕骨（茎突）的手腕围度。</translation>
    </message>
    <message>
        <source>Thigh girth</source>
        <translation>大腿围</translation>
    </message>
    <message>
        <source>Horizontal girth of the thigh at its fullest, just below the gluteal fold.</source>
        <translation>大腿最粗处、紧贴臀沟下方的水平围度。</translation>
    </message>
    <message>
        <source>Knee girth</source>
        <translation>膝围</translation>
    </message>
    <message>
        <source>Girth of the leg over the middle of the knee cap, standing.</source>
        <translation>站立时经髌骨中部的腿部围度。</translation>
    </message>
    <message>
        <source>Calf girth</source>
        <translation>小腿围</translation>
    </message>
    <message>
        <source>Horizontal girth of the calf at its fullest.</source>
        <translation>小腿最粗处的水平围度。</translation>
    </message>
    <message>
        <source>Ankle girth</source>
        <translation>踝围</translation>
    </message>
    <message>
        <source>Girth of the leg at its narrowest, just above the ankle bones.</source>
        <translation>踝骨上方腿部最细处的围度。</translation>
    </message>
    <message>
        <source>Inside leg</source>
        <translation>下裆长</translation>
    </message>
    <message>
        <source>Vertical distance from the crotch to the floor, standing, feet slightly apart.</source>
        <translation>站立、双脚略分开时，从裆部到地面的垂直距离。</translation>
    </message>
    <message>
        <source>Outside leg</source>
        <translation>裤长（腰至地）</translation>
    </message>
    <message>
        <source>Vertical distance at the side from the waist level to the floor.</source>
        <translation>身体侧面从腰线到地面的垂直距离。</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>Assembly: {cols} x {rows} pages, overlap {overlap} cm; match the crosses, glue along the dashed lines.</source>
        <translation>拼贴：{cols} x {rows} 页，重叠 {overlap} cm；对准十字标记，沿虚线粘贴。</translation>
    </message>
    <message>
        <source>{style} - test square: 10 cm x 10 cm. Print at 100 %.</source>
        <translation>{style} - 测试方块：10 cm x 10 cm。请按 100 % 打印。</translation>
    </message>
    <message>
        <source>{name}  size {size}</source>
        <translation>{name}  尺码 {size}</translation>
    </message>
    <message>
        <source>cut {n}</source>
        <translation>裁 {n}</translation>
    </message>
    <message>
        <source> ({n} mirrored)</source>
        <translation>（{n} 片对称）</translation>
    </message>
    <message>
        <source>size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <source>FOLD</source>
        <translation>对折</translation>
    </message>
    <message>
        <source>Finished chest</source>
        <translation>成衣胸围</translation>
    </message>
    <message>
        <source>Finished waist</source>
        <translation>成衣腰围</translation>
    </message>
    <message>
        <source>Finished hip</source>
        <translation>成衣臀围</translation>
    </message>
    <message>
        <source>Finished thigh</source>
        <translation>成衣腿围</translation>
    </message>
    <message>
        <source>Finished biceps</source>
        <translation>成衣袖肥</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Garment</source>
        <translation>服装</translation>
    </message>
    <message>
        <source>Fabric</source>
        <translation>面料</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Key measurements</source>
        <translation>主要尺寸</translation>
    </message>
    <message>
        <source>{garment} for {customer}</source>
        <translation>为{customer}定制的{garment}</translation>
    </message>
    <message>
        <source>{garment} made to measure for {customer}</source>
        <translation>为{customer}量身定制的{garment}</translation>
    </message>
    <message>
        <source>Drag to turn, pinch or scroll to zoom. Made with {title}.</source>
        <translation>拖动旋转，双指捏合或滚轮缩放。由 {title} 制作。</translation>
    </message>
</context>
<context>
    <name>Pieces</name>
    <message>
        <source>front</source>
        <translation>前片</translation>
    </message>
    <message>
        <source>T-shirt front</source>
        <translation>T恤前片</translation>
    </message>
    <message>
        <source>shell</source>
        <translation>面布</translation>
    </message>
    <message>
        <source>T-SHIRT FRONT</source>
        <translation>T恤前片</translation>
    </message>
    <message>
        <source>cut 1 on fold</source>
        <translation>裁 1 片，对折</translation>
    </message>
    <message>
        <source>placement</source>
        <translation>定位线</translation>
    </message>
    <message>
        <source>back</source>
        <translation>后片</translation>
    </message>
    <message>
        <source>T-shirt back</source>
        <translation>T恤后片</translation>
    </message>
    <message>
        <source>T-SHIRT BACK</source>
        <translation>T恤后片</translation>
    </message>
    <message>
        <source>sleeve</source>
        <translation>袖片</translation>
    </message>
    <message>
        <source>T-shirt sleeve</source>
        <translation>T恤袖片</translation>
    </message>
    <message>
        <source>T-SHIRT SLEEVE</source>
        <translation>T恤袖片</translation>
    </message>
    <message>
        <source>cut 2 (a pair)</source>
        <translation>裁 2 片（一对）</translation>
    </message>
    <message>
        <source>neckband</source>
        <translation>领口罗纹</translation>
    </message>
    <message>
        <source>Neckband</source>
        <translation>领口罗纹</translation>
    </message>
    <message>
        <source>NECKBAND cut 1 on fold, rib</source>
        <translation>领口罗纹 裁 1 片，对折，罗纹布</translation>
    </message>
    <message>
        <source>Shirt front</source>
        <translation>衬衫前片</translation>
    </message>
    <message>
        <source>SHIRT FRONT</source>
        <translation>衬衫前片</translation>
    </message>
    <message>
        <source>buttonholes on one front, buttons on the other</source>
        <translation>一侧前片开扣眼，另一侧钉纽扣</translation>
    </message>
    <message>
        <source>centre</source>
        <translation>中线</translation>
    </message>
    <message>
        <source>fold</source>
        <translation>折线</translation>
    </message>
    <message>
        <source>Shirt back</source>
        <translation>衬衫后片</translation>
    </message>
    <message>
        <source>SHIRT BACK</source>
        <translation>衬衫后片</translation>
    </message>
    <message>
        <source>yoke</source>
        <translation>过肩</translation>
    </message>
    <message>
        <source>Yoke</source>
        <translation>过肩</translation>
    </message>
    <message>
        <source>YOKE cut 2 on fold</source>
        <translation>过肩 裁 2 片，对折</translation>
    </message>
    <message>
        <source>Shirt sleeve</source>
        <translation>衬衫袖片</translation>
    </message>
    <message>
        <source>SHIRT SLEEVE</source>
        <translation>衬衫袖片</translation>
    </message>
    <message>
        <source>slit</source>
        <translation>开衩</translation>
    </message>
    <message>
        <source>stitch</source>
        <translation>缉线</translation>
    </message>
    <message>
        <source>pleat</source>
        <translation>褶裥</translation>
    </message>
    <message>
        <source>cuff</source>
        <translation>袖克夫</translation>
    </message>
    <message>
        <source>Cuff</source>
        <translation>袖克夫</translation>
    </message>
    <message>
        <source>CUFF cut 2 on fold + interfacing</source>
        <translation>袖克夫 裁 2 片，对折 + 粘衬</translation>
    </message>
    <message>
        <source>placket</source>
        <translation>袖衩条</translation>
    </message>
    <message>
        <source>Sleeve placket (bound along the slit)</source>
        <translation>袖衩条（沿开衩包边）</translation>
    </message>
    <message>
        <source>PLACKET x2</source>
        <translation>袖衩条 x2</translation>
    </message>
    <message>
        <source>collar stand</source>
        <translation>领座</translation>
    </message>
    <message>
        <source>Collar stand</source>
        <translation>领座</translation>
    </message>
    <message>
        <source>COLLAR STAND cut 2 on fold + interfacing</source>
        <translation>领座 裁 2 片，对折 + 粘衬</translation>
    </message>
    <message>
        <source>collar</source>
        <translation>翻领</translation>
    </message>
    <message>
        <source>Collar</source>
        <translation>翻领</translation>
    </message>
    <message>
        <source>COLLAR cut 2 on fold + interfacing</source>
        <translation>翻领 裁 2 片，对折 + 粘衬</translation>
    </message>
    <message>
        <source>cuff interfacing</source>
        <translation>袖克夫衬</translation>
    </message>
    <message>
        <source>Cuff interfacing</source>
        <translation>袖克夫衬</translation>
    </message>
    <message>
        <source>interfacing</source>
        <translation>衬布</translation>
    </message>
    <message>
        <source>CUFF INTERFACING</source>
        <translation>袖克夫衬</translation>
    </message>
    <message>
        <source>collar stand interfacing</source>
        <translation>领座衬</translation>
    </message>
    <message>
        <source>Collar stand interfacing</source>
        <translation>领座衬</translation>
    </message>
    <message>
        <source>COLLAR STAND INTERFACING</source>
        <translation>领座衬</translation>
    </message>
    <message>
        <source>collar interfacing</source>
        <translation>翻领衬</translation>
    </message>
    <message>
        <source>Collar interfacing</source>
        <translation>翻领衬</translation>
    </message>
    <message>
        <source>COLLAR INTERFACING</source>
        <translation>翻领衬</translation>
    </message>
    <message>
        <source>Skirt front</source>
        <translation>裙前片</translation>
    </message>
    <message>
        <source>SKIRT FRONT</source>
        <translation>裙前片</translation>
    </message>
    <message>
        <source>Skirt back</source>
        <translation>裙后片</translation>
    </message>
    <message>
        <source>SKIRT BACK</source>
        <translation>裙后片</translation>
    </message>
    <message>
        <source>waistband</source>
        <translation>腰头</translation>
    </message>
    <message>
        <source>Waistband</source>
        <translation>腰头</translation>
    </message>
    <message>
        <source>WAISTBAND cut 1 on fold</source>
        <translation>腰头 裁 1 片，对折</translation>
    </message>
    <message>
        <source>A-LINE SKIRT FRONT</source>
        <translation>A字裙前片</translation>
    </message>
    <message>
        <source>A-LINE SKIRT BACK</source>
        <translation>A字裙后片</translation>
    </message>
    <message>
        <source>Trousers front</source>
        <translation>裤前片</translation>
    </message>
    <message>
        <source>TROUSERS FRONT</source>
        <translation>裤前片</translation>
    </message>
    <message>
        <source>cut 2 (a pair) - grain = crease</source>
        <translation>裁 2 片（一对）- 布纹线 = 烫迹线</translation>
    </message>
    <message>
        <source>crease</source>
        <translation>烫迹线</translation>
    </message>
    <message>
        <source>Trousers back</source>
        <translation>裤后片</translation>
    </message>
    <message>
        <source>TROUSERS BACK</source>
        <translation>裤后片</translation>
    </message>
    <message>
        <source>fly facing</source>
        <translation>门襟贴边</translation>
    </message>
    <message>
        <source>Fly facing</source>
        <translation>门襟贴边</translation>
    </message>
    <message>
        <source>FLY FACING cut 1</source>
        <translation>门襟贴边 裁 1 片</translation>
    </message>
    <message>
        <source>bodice front</source>
        <translation>上身前片</translation>
    </message>
    <message>
        <source>Dress bodice front</source>
        <translation>连衣裙上身前片</translation>
    </message>
    <message>
        <source>DRESS BODICE FRONT</source>
        <translation>连衣裙上身前片</translation>
    </message>
    <message>
        <source>bodice back</source>
        <translation>上身后片</translation>
    </message>
    <message>
        <source>Dress bodice back</source>
        <translation>连衣裙上身后片</translation>
    </message>
    <message>
        <source>DRESS BODICE BACK</source>
        <translation>连衣裙上身后片</translation>
    </message>
    <message>
        <source>skirt front</source>
        <translation>裙前片</translation>
    </message>
    <message>
        <source>Dress skirt front</source>
        <translation>连衣裙裙前片</translation>
    </message>
    <message>
        <source>DRESS SKIRT FRONT</source>
        <translation>连衣裙裙前片</translation>
    </message>
    <message>
        <source>skirt back</source>
        <translation>裙后片</translation>
    </message>
    <message>
        <source>Dress skirt back</source>
        <translation>连衣裙裙后片</translation>
    </message>
    <message>
        <source>DRESS SKIRT BACK</source>
        <translation>连衣裙裙后片</translation>
    </message>
    <message>
        <source>facing front</source>
        <translation>前贴边</translation>
    </message>
    <message>
        <source>Front facing</source>
        <translation>前贴边</translation>
    </message>
    <message>
        <source>FRONT FACING</source>
        <translation>前贴边</translation>
    </message>
    <message>
        <source>cut 1 on fold, interface</source>
        <translation>裁 1 片，对折，粘衬</translation>
    </message>
    <message>
        <source>facing back</source>
        <translation>后贴边</translation>
    </message>
    <message>
        <source>Back facing</source>
        <translation>后贴边</translation>
    </message>
    <message>
        <source>BACK FACING</source>
        <translation>后贴边</translation>
    </message>
    <message>
        <source>cut 2, interface</source>
        <translation>裁 2 片，粘衬</translation>
    </message>
    <message>
        <source>Jacket front</source>
        <translation>前片</translation>
    </message>
    <message>
        <source>JACKET FRONT</source>
        <translation>西装前片</translation>
    </message>
    <message>
        <source>breast welt: left front only</source>
        <translation>手巾袋：仅左前片</translation>
    </message>
    <message>
        <source>side body</source>
        <translation>腋下片</translation>
    </message>
    <message>
        <source>Side body</source>
        <translation>腋下片</translation>
    </message>
    <message>
        <source>SIDE BODY</source>
        <translation>腋下片</translation>
    </message>
    <message>
        <source>Jacket back</source>
        <translation>后片</translation>
    </message>
    <message>
        <source>JACKET BACK</source>
        <translation>西装后片</translation>
    </message>
    <message>
        <source>top sleeve</source>
        <translation>大袖</translation>
    </message>
    <message>
        <source>Top sleeve</source>
        <translation>大袖</translation>
    </message>
    <message>
        <source>TOP SLEEVE</source>
        <translation>大袖</translation>
    </message>
    <message>
        <source>under sleeve</source>
        <translation>小袖</translation>
    </message>
    <message>
        <source>Under sleeve</source>
        <translation>小袖</translation>
    </message>
    <message>
        <source>UNDER SLEEVE</source>
        <translation>小袖</translation>
    </message>
    <message>
        <source>under collar</source>
        <translation>领底</translation>
    </message>
    <message>
        <source>Under collar</source>
        <translation>领底</translation>
    </message>
    <message>
        <source>UNDER COLLAR bias</source>
        <translation>领底 斜丝</translation>
    </message>
    <message>
        <source>top collar</source>
        <translation>领面</translation>
    </message>
    <message>
        <source>Top collar</source>
        <translation>领面</translation>
    </message>
    <message>
        <source>TOP COLLAR cut 1 on fold</source>
        <translation>领面 对折裁1片</translation>
    </message>
    <message>
        <source>facing</source>
        <translation>挂面</translation>
    </message>
    <message>
        <source>FACING</source>
        <translation>挂面</translation>
    </message>
    <message>
        <source>pocket flap</source>
        <translation>袋盖</translation>
    </message>
    <message>
        <source>Pocket flap</source>
        <translation>袋盖</translation>
    </message>
    <message>
        <source>POCKET FLAP</source>
        <translation>袋盖</translation>
    </message>
    <message>
        <source>breast welt</source>
        <translation>手巾袋袋板</translation>
    </message>
    <message>
        <source>Breast welt</source>
        <translation>手巾袋袋板</translation>
    </message>
    <message>
        <source>BREAST WELT</source>
        <translation>手巾袋袋板</translation>
    </message>
    <message>
        <source>lining front</source>
        <translation>前片里布</translation>
    </message>
    <message>
        <source>Lining front</source>
        <translation>前片里布</translation>
    </message>
    <message>
        <source>lining</source>
        <translation>里料</translation>
    </message>
    <message>
        <source>LINING FRONT</source>
        <translation>前片里布</translation>
    </message>
    <message>
        <source>dart</source>
        <translation>省道</translation>
    </message>
    <message>
        <source>lining side body</source>
        <translation>腋下片里布</translation>
    </message>
    <message>
        <source>Lining side body</source>
        <translation>腋下片里布</translation>
    </message>
    <message>
        <source>LINING SIDE BODY</source>
        <translation>腋下片里布</translation>
    </message>
    <message>
        <source>lining back</source>
        <translation>后片里布</translation>
    </message>
    <message>
        <source>Lining back</source>
        <translation>后片里布</translation>
    </message>
    <message>
        <source>LINING BACK</source>
        <translation>后片里布</translation>
    </message>
    <message>
        <source>lining top sleeve</source>
        <translation>大袖里布</translation>
    </message>
    <message>
        <source>Lining top sleeve</source>
        <translation>大袖里布</translation>
    </message>
    <message>
        <source>LINING TOP SLEEVE</source>
        <translation>大袖里布</translation>
    </message>
    <message>
        <source>lining under sleeve</source>
        <translation>小袖里布</translation>
    </message>
    <message>
        <source>Lining under sleeve</source>
        <translation>小袖里布</translation>
    </message>
    <message>
        <source>LINING UNDER SLEEVE</source>
        <translation>小袖里布</translation>
    </message>
    <message>
        <source>pocket flap lining</source>
        <translation>袋盖里布</translation>
    </message>
    <message>
        <source>Pocket flap lining</source>
        <translation>袋盖里布</translation>
    </message>
    <message>
        <source>POCKET FLAP LINING</source>
        <translation>袋盖里布</translation>
    </message>
    <message>
        <source>front fusing</source>
        <translation>前片粘合衬</translation>
    </message>
    <message>
        <source>Front fusing</source>
        <translation>前片粘合衬</translation>
    </message>
    <message>
        <source>FRONT FUSING fuse</source>
        <translation>前片粘合衬（粘衬）</translation>
    </message>
    <message>
        <source>facing fusing</source>
        <translation>挂面粘合衬</translation>
    </message>
    <message>
        <source>Facing fusing</source>
        <translation>挂面粘合衬</translation>
    </message>
    <message>
        <source>FACING FUSING fuse</source>
        <translation>挂面粘合衬（粘衬）</translation>
    </message>
    <message>
        <source>under collar fusing</source>
        <translation>领底粘合衬</translation>
    </message>
    <message>
        <source>Under collar fusing</source>
        <translation>领底粘合衬</translation>
    </message>
    <message>
        <source>UNDER COLLAR FUSING fuse</source>
        <translation>领底粘合衬（粘衬）</translation>
    </message>
    <message>
        <source>top collar fusing</source>
        <translation>领面粘合衬</translation>
    </message>
    <message>
        <source>Top collar fusing</source>
        <translation>领面粘合衬</translation>
    </message>
    <message>
        <source>TOP COLLAR FUSING fuse</source>
        <translation>领面粘合衬（粘衬）</translation>
    </message>
    <message>
        <source>pocket flap fusing</source>
        <translation>袋盖粘合衬</translation>
    </message>
    <message>
        <source>Pocket flap fusing</source>
        <translation>袋盖粘合衬</translation>
    </message>
    <message>
        <source>POCKET FLAP FUSING fuse</source>
        <translation>袋盖粘合衬（粘衬）</translation>
    </message>
    <message>
        <source>Front (over-front)</source>
        <translation>前片（大襟）</translation>
    </message>
    <message>
        <source>AO DAI FRONT</source>
        <translation>奥黛前片</translation>
    </message>
    <message>
        <source>cut 1, right side up; opening on the wearer's right</source>
        <translation>裁 1 片，正面朝上；开口在穿着者右侧</translation>
    </message>
    <message>
        <source>under front</source>
        <translation>里襟（小襟）</translation>
    </message>
    <message>
        <source>Under-front</source>
        <translation>里襟（小襟）</translation>
    </message>
    <message>
        <source>UNDER-FRONT cut 1</source>
        <translation>底襟 裁 1 片</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后片</translation>
    </message>
    <message>
        <source>AO DAI BACK</source>
        <translation>奥黛后片</translation>
    </message>
    <message>
        <source>Sleeve</source>
        <translation>袖片</translation>
    </message>
    <message>
        <source>SLEEVE</source>
        <translation>袖片</translation>
    </message>
    <message>
        <source>Stand collar</source>
        <translation>立领</translation>
    </message>
    <message>
        <source>COLLAR cut 2, interface one</source>
        <translation>领子 裁 2 片，一片粘衬</translation>
    </message>
    <message>
        <source>facing 1</source>
        <translation>贴边 1</translation>
    </message>
    <message>
        <source>Opening facing</source>
        <translation>门襟贴边</translation>
    </message>
    <message>
        <source>OPENING FACING 1 cut 1, interface</source>
        <translation>开襟贴边 1 裁 1 片，粘衬</translation>
    </message>
    <message>
        <source>facing 2</source>
        <translation>贴边 2</translation>
    </message>
    <message>
        <source>OPENING FACING 2 cut 1, interface</source>
        <translation>开襟贴边 2 裁 1 片，粘衬</translation>
    </message>
    <message>
        <source>Ao dai trousers front</source>
        <translation>裤前片</translation>
    </message>
    <message>
        <source>AO DAI TROUSERS FRONT</source>
        <translation>裤前片</translation>
    </message>
    <message>
        <source>Ao dai trousers back</source>
        <translation>裤后片</translation>
    </message>
    <message>
        <source>AO DAI TROUSERS BACK</source>
        <translation>裤后片</translation>
    </message>
    <message>
        <source>CASING cut 1 on fold; elastic 3.0 x 72 cm</source>
        <translation>穿松紧带腰 裁 1 片，对折；松紧带 3.0 x 72 cm</translation>
    </message>
    <message>
        <source>WAISTBAND cut 1 on fold; opens at the left side</source>
        <translation>腰头 裁 1 片，对折；左侧开口</translation>
    </message>
    <message>
        <source>QIPAO FRONT</source>
        <translation>旗袍前片</translation>
    </message>
    <message>
        <source>inner front</source>
        <translation>里襟</translation>
    </message>
    <message>
        <source>Inner front</source>
        <translation>里襟</translation>
    </message>
    <message>
        <source>INNER FRONT cut 1</source>
        <translation>里襟 裁 1 片</translation>
    </message>
    <message>
        <source>QIPAO BACK</source>
        <translation>旗袍后片</translation>
    </message>
    <message>
        <source>QIPAO SLEEVE cut 2 (a pair)</source>
        <translation>旗袍袖 裁 2 片（一对）</translation>
    </message>
    <message>
        <source>armhole facing front</source>
        <translation>前袖窿贴边</translation>
    </message>
    <message>
        <source>Armhole facing</source>
        <translation>袖窿贴边</translation>
    </message>
    <message>
        <source>ARMHOLE FACING cut 1</source>
        <translation>袖窿贴边 裁 1 片</translation>
    </message>
    <message>
        <source>armhole facing inner front</source>
        <translation>里襟袖窿贴边</translation>
    </message>
    <message>
        <source>armhole facing back</source>
        <translation>后袖窿贴边</translation>
    </message>
    <message>
        <source>ARMHOLE FACING cut 2 (a pair)</source>
        <translation>袖窿贴边 裁 2 片（一对）</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>全部是(&amp;A)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>全部否(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>全部保存</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>estimates cover {low}-{high} {unit} with the given {others}, got {value} {unit}; measure the missing values instead of estimating them</source>
        <translation>在已填写的{others}下，估算只适用于 {low}-{high} {unit}，实际为 {value} {unit}；请测量缺少的尺寸，不要估算</translation>
    </message>
    <message>
        <source>estimates cover {low}-{high} {unit}, got {value} {unit}; measure the missing values instead of estimating them</source>
        <translation>估算只适用于 {low}-{high} {unit}，实际为 {value} {unit}；请测量缺少的尺寸，不要估算</translation>
    </message>
    <message>
        <source>estimates do not fit a value of {value} {unit}: {rule} (estimated: {estimates}); measure the missing values instead of estimating them</source>
        <translation>估算不适用于 {value} {unit}：{rule}（估算值：{estimates}）；请测量缺少的尺寸，不要估算</translation>
    </message>
    <message>
        <source>this measurement is needed but missing</source>
        <translation>需要此尺寸但尚未填写</translation>
    </message>
    <message>
        <source>{label} is not a finite number; expected a value in {unit}</source>
        <translation>{label}不是有限数值；应为以 {unit} 为单位的数值</translation>
    </message>
    <message>
        <source>{label} must be greater than 0 {unit}, got {value}</source>
        <translation>{label}必须大于 0 {unit}，实际为 {value}</translation>
    </message>
    <message>
        <source>{label} of {value} is impossible for an adult; expected {low}-{high} {unit}</source>
        <translation>{label} {value} 对成年人不可能；应为 {low}-{high} {unit}</translation>
    </message>
    <message>
        <source>{label} of {value} is unusual for an adult female (typical {low}-{high} {unit}); please check it</source>
        <translation>{label} {value} 对成年女性不常见（通常 {low}-{high} {unit}）；请核对</translation>
    </message>
    <message>
        <source>{label} of {value} is unusual for an adult male (typical {low}-{high} {unit}); please check it</source>
        <translation>{label} {value} 对成年男性不常见（通常 {low}-{high} {unit}）；请核对</translation>
    </message>
    <message>
        <source>{label} of {value} is unusual for an adult (typical {low}-{high} {unit}); please check it</source>
        <translation>{label} {value} 对成年人不常见（通常 {low}-{high} {unit}）；请核对</translation>
    </message>
    <message>
        <source>{label} is not a number: {text}; expected a number in {unit}</source>
        <translation>{label}不是数字：{text}；应为以 {unit} 为单位的数字</translation>
    </message>
    <message>
        <source>missing measurement(s) {names}; enter them or let them be estimated</source>
        <translation>缺少尺寸 {names}；请填写或让系统估算</translation>
    </message>
    <message>
        <source>underbust girth is larger than chest girth; the underbust is measured below the bust and cannot be larger</source>
        <translation>下胸围大于胸围；下胸围在乳房下方测量，不可能更大</translation>
    </message>
    <message>
        <source>neck girth (collar height) is larger than the neck base girth; the neck narrows above its base</source>
        <translation>领围大于颈根围；颈部自根部向上变细</translation>
    </message>
    <message>
        <source>neck to bust point is longer than the front waist length, which runs on over the bust point to the waist</source>
        <translation>胸高大于前腰节长，而前腰节长经胸点一直量到腰</translation>
    </message>
    <message>
        <source>armscye girth is smaller than the upper arm girth; the arm root is the larger</source>
        <translation>臂根围小于上臂围；臂根应更大</translation>
    </message>
    <message>
        <source>inside leg is longer than a body of this height allows (at most 60% of height)</source>
        <translation>下裆长超出此身高的合理范围（最多为身高的 60%）</translation>
    </message>
    <message>
        <source>outside leg is longer than a body of this height allows (at most 72% of height)</source>
        <translation>裤长超出此身高的合理范围（最多为身高的 72%）</translation>
    </message>
    <message>
        <source>inside leg must be shorter than outside leg (the crotch is below the waist)</source>
        <translation>下裆长必须小于裤长（裆部在腰线以下）</translation>
    </message>
    <message>
        <source>back waist length is longer than a body of this height allows (at most 35% of height)</source>
        <translation>背长超出此身高的合理范围（最多为身高的 35%）</translation>
    </message>
    <message>
        <source>arm length is longer than a body of this height allows (at most 45% of height)</source>
        <translation>臂长超出此身高的合理范围（最多为身高的 45%）</translation>
    </message>
    <message>
        <source>neck base girth is larger than chest girth</source>
        <translation>颈根围大于胸围</translation>
    </message>
    <message>
        <source>wrist girth is larger than upper arm girth</source>
        <translation>腕围大于上臂围</translation>
    </message>
    <message>
        <source>ankle girth is larger than calf girth</source>
        <translation>踝围大于小腿围</translation>
    </message>
    <message>
        <source>knee girth is larger than thigh girth</source>
        <translation>膝围大于大腿围</translation>
    </message>
    <message>
        <source>shoulder width is more than half the chest girth allows (at most 55%)</source>
        <translation>肩宽超过胸围一半所允许的范围（最多 55%）</translation>
    </message>
    <message>
        <source>waist girth is far above hip girth (more than 25% larger); please check both</source>
        <translation>腰围远大于臀围（超过 25%）；请核对这两项</translation>
    </message>
    <message>
        <source>waist girth is far above chest girth (more than 25% larger); please check both</source>
        <translation>腰围远大于胸围（超过 25%）；请核对这两项</translation>
    </message>
    <message>
        <source>waist girth is more than 5 cm larger than the waist girth at the navel; the natural waist is the narrowest part of the torso above it (are the two swapped?)</source>
        <translation>腰围比脐部腰围大 5 cm 以上；自然腰是肚脐以上躯干最细处（两项是否填反了？）</translation>
    </message>
    <message>
        <source>waist girth at the navel is far above hip girth (more than 25% larger); please check both</source>
        <translation>脐部腰围远大于臀围（超过 25%）；请核对这两项</translation>
    </message>
    <message>
        <source>waist girth at the navel is far above chest girth (more than 25% larger); please check both</source>
        <translation>脐部腰围远大于胸围（超过 25%）；请核对这两项</translation>
    </message>
    <message>
        <source>bust point distance is more than a third of the chest girth</source>
        <translation>乳间距超过胸围的三分之一</translation>
    </message>
    <message>
        <source>across back width is more than 55% of the chest girth</source>
        <translation>背宽超过胸围的 55%</translation>
    </message>
    <message>
        <source>across front width is more than half the chest girth</source>
        <translation>胸宽超过胸围的一半</translation>
    </message>
</context>
</TS>
